import type { Hospital, Role } from '@registry/domain';
import { type FormEvent, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import type { AdminApi, AdminUser } from './admin-api';
import { ErrorAlert } from './error-alert';
import { HospitalChecklist } from './hospital-checklist';
import { PasswordField } from './password-field';
import { RoleSelect } from './role-select';
import { useSubmit } from './use-submit';

interface AddUserModalProps {
  api: AdminApi;
  hospitals: readonly Hospital[];
  onAdded: (user: AdminUser) => void;
  onClose: () => void;
}

/** A new account; the server checks the user name and the password and says what to change. */
export function AddUserModal({ api, hospitals, onAdded, onClose }: AddUserModalProps) {
  const { t } = useTranslation(['admin', 'common']);
  const [fullName, setFullName] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('surgeon');
  const [hospitalIds, setHospitalIds] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const submit = useSubmit();
  const complete = fullName.trim() !== '' && username.trim() !== '' && password !== '';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    let added: AdminUser | undefined;
    const asked = { username: username.trim(), fullName: fullName.trim(), password, role, hospitalIds };
    const ok = await submit.run(async () => {
      added = await api.addUser(asked);
    });
    if (ok && added) onAdded(added);
  };

  return (
    <Modal show onHide={onClose} centered scrollable aria-labelledby="add-user-title">
      <Form onSubmit={save} noValidate>
        <Modal.Header closeButton closeLabel={t('common:close')}>
          <Modal.Title id="add-user-title" as="h2" className="h5">
            {t('users.add')}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Form.Group className="mb-3" controlId="new-user-full-name">
            <Form.Label>{t('users.fullName')}</Form.Label>
            <Form.Control
              value={fullName}
              onChange={(e) => setFullName(e.target.value)}
              autoComplete="off"
              aria-required="true"
            />
          </Form.Group>
          <Form.Group className="mb-3" controlId="new-user-username">
            <Form.Label>{t('users.username')}</Form.Label>
            <Form.Control
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              aria-required="true"
            />
            <Form.Text>{t('users.usernameHint')}</Form.Text>
          </Form.Group>
          <RoleSelect id="new-user-role" value={role} onChange={setRole} />
          <HospitalChecklist
            id="new-user-hospital"
            hospitals={hospitals}
            selected={hospitalIds}
            onChange={setHospitalIds}
          />
          <PasswordField
            id="new-user-password"
            label={t('users.initialPassword')}
            value={password}
            onChange={setPassword}
          />
          <ErrorAlert error={submit.error} />
        </Modal.Body>
        <Modal.Footer>
          <Button variant="outline-secondary" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" disabled={!complete || submit.working}>
            {t('users.addSubmit')}
          </Button>
        </Modal.Footer>
      </Form>
    </Modal>
  );
}
