import { softDeleteVersion } from '@registry/domain';
import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import { useWriter } from '../app/use-writer';
import type { AnyState } from '../local/patient-summary';

/**
 * Soft delete of the patient record, after a confirmation that says what happens: hidden from lists
 * and search, episodes kept, restorable by an admin. Nothing is removed from the device or server.
 */
export function DeletePatientButton({ state, name }: { state: AnyState; name: string }) {
  const { t } = useTranslation('patients');
  const writer = useWriter();
  const [open, setOpen] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string>();

  const confirm = async () => {
    setWorking(true);
    setFailure(undefined);
    try {
      await writer.save(softDeleteVersion(writer.context(), state.preferred));
      setOpen(false);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  };

  return (
    <>
      <Button variant="outline-danger" onClick={() => setOpen(true)}>
        {t('delete.button')}
      </Button>
      <Modal show={open} onHide={() => setOpen(false)} centered aria-labelledby="delete-patient-title">
        <Modal.Header closeButton closeLabel={t('common:close')}>
          <Modal.Title id="delete-patient-title" as="h2" className="h5">
            {t('delete.title', { name })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
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
          {failure && (
            <Alert variant="danger" className="mt-3 mb-0" role="alert">
              {t('form.saveFailed', { reason: failure })}
            </Alert>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={() => setOpen(false)}>
            {t('common:cancel')}
          </Button>
          <Button variant="danger" onClick={() => void confirm()} disabled={working}>
            {t('delete.confirm')}
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}
