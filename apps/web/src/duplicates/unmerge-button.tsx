import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useServices } from '../app/services-context';
import { useCan } from '../app/use-session';
import { useWriter } from '../app/use-writer';
import { ConfirmModal } from '../forms/confirm-modal';
import type { SavedState } from '../patients/use-save-patient';
import { unmergePatient } from './merge-actions';

/** Undo a merge, for coordinators: the merged patient stands on its own again. */
export function UnmergeButton({ patientId, name }: { patientId: string; name: string }) {
  const { t } = useTranslation('duplicates');
  const { store } = useServices();
  const writer = useWriter();
  const allowed = useCan('mergeDuplicates');
  const [asking, setAsking] = useState(false);
  const navigate = useNavigate();
  if (!allowed) return null;
  return (
    <>
      <Button variant="outline-secondary" size="sm" onClick={() => setAsking(true)} data-testid="unmerge">
        {t('unmerge.button')}
      </Button>
      <ConfirmModal
        show={asking}
        title={t('unmerge.title')}
        confirmLabel={t('unmerge.confirm')}
        variant="primary"
        onConfirm={async () => {
          const outcome = await unmergePatient(writer, store, patientId);
          // The patient stands alone again: go to them, where the notice is shown once.
          if (outcome.ok)
            navigate(`/patients/${patientId}`, { state: { notice: t('unmerge.done') } satisfies SavedState });
          return outcome;
        }}
        onClose={() => setAsking(false)}
      >
        {t('unmerge.body', { name })}
      </ConfirmModal>
    </>
  );
}
