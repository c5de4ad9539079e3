import type { Role } from '@registry/domain';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';
import { useChoices } from '../episodes/list-labels';

/** The role of an account, labelled; each role's label as everywhere else in the app. */
export function RoleSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
}) {
  const { t } = useTranslation('admin');
  const roles = useChoices('role');
  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{t('users.role')}</Form.Label>
      <Form.Select value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {roles.map((role) => (
          <option key={role.value} value={role.value}>
            {role.label}
          </option>
        ))}
      </Form.Select>
      <Form.Text>{t('users.roleHint')}</Form.Text>
    </Form.Group>
  );
}
