import { softDeleteVersion } from '@registry/domain';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { useWriter } from '../app/use-writer';
import { ConfirmModal, type ConfirmOutcome } from '../forms/confirm-modal';
import type { AnyState } from '../local/patient-summary';

/**
 * Soft delete of the patient record, after a confirmation that says what happens: hidden from lists
 * and search, episodes kept, restorable by an admin. Nothing is removed from the device or server.
 */
export function DeletePatientButton({ state, name }: { state: AnyState; name: string }) {
  const { t } = useTranslation('patients');
  const writer = useWriter();
  const [open, setOpen] = useState(false);

  const remove = async (): Promise<ConfirmOutcome> => {
    try {
      await writer.save(softDeleteVersion(writer.context(), state.preferred));
      return { ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: t('form.saveFailed', { reason }) };
    }
  };

  return (
    <>
      <Button variant="outline-danger" onClick={() => setOpen(true)}>
        {t('delete.button')}
      </Button>
      <ConfirmModal
        show={open}
        title={t('delete.title', { name })}
        confirmLabel={t('delete.confirm')}
        variant="danger"
        onConfirm={remove}
        onClose={() => setOpen(false)}
      >
        <ul className="mb-0">
          <li>{t('delete.hidden')}</li>
          <li>{t('delete.episodesStay')}</li>
          <li>{t('delete.restorable')}</li>
        </ul>
        {state.inConflict && (
          <Alert variant="warning" className="mt-3 mb-0">
            {t('delete.conflict', { count: state.heads.length })}
          </Alert>
        )}
      </ConfirmModal>
    </>
  );
}
