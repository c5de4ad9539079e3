import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import type { SaveOutcome } from '../episodes/save-episode';
import { ProblemsAlert } from '../forms/problems-alert';
import type { ReviewEntry } from '../review-data/review-entry';

interface RestoreConfirmProps {
  /** The record to restore; the modal is closed when there is none. */
  entry: ReviewEntry | undefined;
  /** What it is, in words (as its row says). */
  what: string;
  onConfirm: (entry: ReviewEntry) => Promise<SaveOutcome>;
  onClose: () => void;
}

/** Says what a restore does before doing it (UX.md): shown again, history kept, a patient alone. */
export function RestoreConfirmModal({ entry, what, onConfirm, onClose }: RestoreConfirmProps) {
  const { t } = useTranslation('restore');
  const [working, setWorking] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const close = () => {
    setProblems([]);
    onClose();
  };
  const confirm = async () => {
    if (!entry) return;
    setWorking(true);
    const outcome = await onConfirm(entry);
    setWorking(false);
    if (outcome.ok) close();
    else setProblems(outcome.problems);
  };
  return (
    <Modal show={entry !== undefined} onHide={close} centered aria-labelledby="restore-title">
      <Modal.Header closeButton closeLabel={t('common:close')}>
        <Modal.Title id="restore-title" as="h2" className="h5">
          {t('confirm.title', { what })}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <ul className="mb-0">
          <li>{t('confirm.shows')}</li>
          <li>{t('confirm.history')}</li>
          {entry?.entity === 'patient' && (
            <li data-testid="restore-patient-only">{t('confirm.patientOnly')}</li>
          )}
        </ul>
        <ProblemsAlert problems={problems} />
      </Modal.Body>
      <Modal.Footer>
        <Button variant="outline-secondary" onClick={close}>
          {t('common:cancel')}
        </Button>
        <Button variant="primary" onClick={() => void confirm()} disabled={working}>
          {t('confirm.button')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
