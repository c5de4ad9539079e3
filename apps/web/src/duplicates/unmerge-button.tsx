import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services-context';
import { useCan } from '../app/use-session';
import { useWriter } from '../app/use-writer';
import { ConfirmDeleteModal } from '../episodes/confirm-delete-modal';
import { unmergePatient } from './merge-actions';

/** Undo a merge, for coordinators: the merged patient stands on its own again. */
export function UnmergeButton({ patientId, name }: { patientId: string; name: string }) {
  const { t } = useTranslation('duplicates');
  const { store } = useServices();
  const writer = useWriter();
  const allowed = useCan('mergeDuplicates');
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  if (!allowed) return null;
  return (
    <>
      {done ? (
        <Alert variant="success" role="status" className="mt-2 mb-0">
          {t('unmerge.done')}
        </Alert>
      ) : (
        <Button variant="outline-secondary" size="sm" onClick={() => setAsking(true)} data-testid="unmerge">
          {t('unmerge.button')}
        </Button>
      )}
      <ConfirmDeleteModal
        show={asking}
        title={t('unmerge.title')}
        body={t('unmerge.body', { name })}
        confirmLabel={t('unmerge.confirm')}
        variant="primary"
        onConfirm={async () => {
          const outcome = await unmergePatient(writer, store, patientId);
          if (outcome.ok) setDone(true);
          return outcome;
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
