import { type FormEvent, type ReactNode, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ErrorAlert } from './error-alert';
import { useSubmit } from './use-submit';

interface SaveSectionProps {
  saveLabel: string;
  /** Said (and announced) once the server accepted the change. */
  savedText: string;
  canSave: boolean;
  onSave: () => Promise<void>;
  children: ReactNode;
}

/** One change saved on its own: a small form with its fields, its button, and its outcome in words. */
export function SaveSection({ saveLabel, savedText, canSave, onSave, children }: SaveSectionProps) {
  const submit = useSubmit();
  const [saved, setSaved] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setSaved(await submit.run(onSave));
  };
  return (
    <Form onSubmit={save} noValidate className="border-bottom pb-3 mb-3">
      {children}
      <ErrorAlert error={submit.error} />
      <div className="d-flex align-items-center gap-3">
        <Button type="submit" variant="primary" disabled={!canSave || submit.working}>
          {saveLabel}
        </Button>
        <span role="status" className="text-success">
          {saved && !submit.working ? savedText : ''}
        </span>
      </div>
    </Form>
  );
}
