import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';
import { useSubmit } from './use-submit';

interface ConfirmModalProps {
  title: string;
  /** What will happen, in words, and how to undo it. */
  body: string;
  confirmLabel: string;
  /** Red for taking something away, blue for giving it back. */
  variant: 'danger' | 'primary';
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** An action that says what it does before doing it, and stays open with the reason if refused. */
export function ConfirmModal({ title, body, confirmLabel, variant, onConfirm, onClose }: ConfirmModalProps) {
  const { t } = useTranslation('common');
  const submit = useSubmit();
  const confirm = async () => {
    if (await submit.run(onConfirm)) onClose();
  };
  return (
    <Modal show onHide={onClose} centered aria-labelledby="confirm-title">
      <Modal.Header closeButton closeLabel={t('close')}>
        <Modal.Title id="confirm-title" as="h2" className="h5">
          {title}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p>{body}</p>
        <ErrorAlert error={submit.error} />
      </Modal.Body>
      <Modal.Footer>
        <Button variant="outline-secondary" onClick={onClose}>
          {t('cancel')}
        </Button>
        <Button variant={variant} onClick={() => void confirm()} disabled={submit.working}>
          {confirmLabel}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
