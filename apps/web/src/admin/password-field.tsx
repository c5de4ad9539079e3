import { useState } from 'react';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';

/**
 * A password an admin sets for someone else and then tells them, so it can be shown to check it. The
 * rules (length) are the server's, which says what is wrong when it refuses.
 */
export function PasswordField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (password: string) => void;
}) {
  const { t } = useTranslation('admin');
  const [shown, setShown] = useState(false);
  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{label}</Form.Label>
      <Form.Control
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required="true"
      />
      <Form.Text>{t('users.passwordHint')}</Form.Text>
      <Form.Check
        id={`${id}-show`}
        className="mt-1"
        checked={shown}
        onChange={(e) => setShown(e.target.checked)}
        label={t('users.showPassword')}
      />
    </Form.Group>
  );
}
