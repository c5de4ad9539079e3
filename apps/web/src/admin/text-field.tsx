import Form from 'react-bootstrap/Form';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Said under the field. */
  hint?: string;
  /** Needed before the form can be sent: said to screen readers (the send button waits for it). */
  required?: boolean;
  /** Typed exactly, never corrected or capitalised: a user name. */
  verbatim?: boolean;
  /** Several lines of free text (an address); one line when absent. */
  rows?: number;
}

/**
 * A labelled text field of an admin form. The browser offers nothing it remembers: what is typed here
 * is someone else's, not the admin's own.
 */
export function TextField({ id, label, value, onChange, hint, required, verbatim, rows }: TextFieldProps) {
  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Control
        {...(rows ? { as: 'textarea', rows } : {})}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        {...(verbatim ? { autoCapitalize: 'none', spellCheck: false } : {})}
        aria-required={required ? 'true' : undefined}
      />
      {hint && <Form.Text>{hint}</Form.Text>}
    </Form.Group>
  );
}
