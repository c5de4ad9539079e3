import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import { ProblemsAlert } from '../forms/problems-alert';
import type { SaveOutcome } from './save-episode';

interface ConfirmDeleteProps {
  show: boolean;
  title: string;
  /** What will happen, in words: hidden, not erased, and who can bring it back. */
  body: string;
  onConfirm: () => Promise<SaveOutcome>;
  onClose: () => void;
  /** The confirming button's words and colour, when the action is not a removal. */
  confirmLabel?: string;
  variant?: 'danger' | 'primary';
}

/** A destructive-looking action that says what it does before doing it (UX.md). */
export function ConfirmDeleteModal({
  show,
  title,
  body,
  onConfirm,
  onClose,
  confirmLabel,
  variant = 'danger',
}: ConfirmDeleteProps) {
  const { t } = useTranslation(['episodes', 'common']);
  const [working, setWorking] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const confirm = async () => {
    setWorking(true);
    const outcome = await onConfirm();
    setWorking(false);
    if (outcome.ok) onClose();
    else setProblems(outcome.problems);
  };
  return (
    <Modal show={show} onHide={onClose} centered aria-labelledby="confirm-delete-title">
      <Modal.Header closeButton closeLabel={t('common:close')}>
        <Modal.Title id="confirm-delete-title" as="h2" className="h5">
          {title}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p className="mb-0">{body}</p>
        <ProblemsAlert problems={problems} />
      </Modal.Body>
      <Modal.Footer>
        <Button variant="outline-secondary" onClick={onClose}>
          {t('common:cancel')}
        </Button>
        <Button variant={variant} onClick={() => void confirm()} disabled={working}>
          {confirmLabel ?? t('remove.confirm')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
