import { type FormEvent, type ReactNode, useId, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import { ProblemsAlert } from './problems-alert';

/**
 * What a confirmed action came to: done; refused by the domain's rules, each problem in its own
 * sentence (a SaveOutcome is one); or failed, with one sentence that says why.
 */
export type ConfirmOutcome =
  | { ok: true }
  | { ok: false; problems: readonly string[] }
  | { ok: false; reason: string };

type Refusal = Exclude<ConfirmOutcome, { ok: true }>;

interface ConfirmModalProps {
  /** Open or not; a caller that mounts the modal only while it is needed leaves this out. */
  show?: boolean;
  title: string;
  /** What will happen, in words (a sentence, or a list), or the fields the action needs. */
  children: ReactNode;
  /** The action's words and colour: red for taking something away, blue for the rest. */
  confirmLabel: string;
  variant: 'danger' | 'primary';
  /** False while the fields are not yet enough to act on. */
  canConfirm?: boolean;
  /** For fields taller than the screen. */
  scrollable?: boolean;
  onConfirm: () => Promise<ConfirmOutcome>;
  onClose: () => void;
}

/**
 * An action that says what it does before doing it (UX.md). Refused, it shows why in an alert and
 * stays open, with anything typed kept; done, it closes. Enter in a field confirms, as in any form.
 */
export function ConfirmModal({
  show = true,
  title,
  children,
  confirmLabel,
  variant,
  canConfirm = true,
  scrollable,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  const { t } = useTranslation('common');
  const titleId = useId();
  const [working, setWorking] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();

  // A modal kept mounted between uses must not show the last refusal when it opens again.
  const close = () => {
    setRefusal(undefined);
    onClose();
  };
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (working || !canConfirm) return;
    setWorking(true);
    setRefusal(undefined);
    let outcome: ConfirmOutcome;
    try {
      outcome = await onConfirm();
    } finally {
      setWorking(false);
    }
    if (outcome.ok) close();
    else setRefusal(outcome);
  };

  return (
    <Modal show={show} onHide={close} centered scrollable={scrollable} aria-labelledby={titleId}>
      <Form onSubmit={(event) => void confirm(event)} noValidate>
        <Modal.Header closeButton closeLabel={t('close')}>
          <Modal.Title id={titleId} as="h2" className="h5">
            {title}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {typeof children === 'string' ? <p className="mb-0">{children}</p> : children}
          {refusal && (
            <div className="mt-3">
              {'problems' in refusal ? (
                <ProblemsAlert problems={refusal.problems} />
              ) : (
                <Alert variant="danger" role="alert" className="mb-0">
                  {refusal.reason}
                </Alert>
              )}
            </div>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={close}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant={variant} disabled={!canConfirm || working}>
            {confirmLabel}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
