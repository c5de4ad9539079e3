import type { AdminUser, Hospital, Role } from '@registry/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../forms/confirm-modal';
import type { AdminApi } from './admin-api';
import { adminOutcome } from './admin-error';
import { HospitalChecklist } from './hospital-checklist';
import { PasswordField } from './password-field';
import { RoleSelect } from './role-select';
import { TextField } from './text-field';

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
  const complete = fullName.trim() !== '' && username.trim() !== '' && password !== '';

  const add = () => {
    const asked = { username: username.trim(), fullName: fullName.trim(), password, role, hospitalIds };
    return adminOutcome(t, async () => onAdded(await api.addUser(asked)));
  };

  return (
    <ConfirmModal
      title={t('users.add')}
      confirmLabel={t('users.addSubmit')}
      variant="primary"
      canConfirm={complete}
      scrollable
      onConfirm={add}
      onClose={onClose}
    >
      <TextField
        id="new-user-full-name"
        label={t('users.fullName')}
        value={fullName}
        onChange={setFullName}
        required
      />
      <TextField
        id="new-user-username"
        label={t('users.username')}
        hint={t('users.usernameHint')}
        value={username}
        onChange={setUsername}
        required
        verbatim
      />
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
    </ConfirmModal>
  );
}
