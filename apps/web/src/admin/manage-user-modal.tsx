import type { AdminUser, Hospital, Role } from '@registry/domain';
import { useState } from 'react';
import Modal from 'react-bootstrap/Modal';
import { useTranslation } from 'react-i18next';
import type { AdminApi } from './admin-api';
import { HospitalChecklist } from './hospital-checklist';
import { PasswordField } from './password-field';
import { RoleSelect } from './role-select';
import { SaveSection } from './save-section';

interface ManageUserModalProps {
  api: AdminApi;
  user: AdminUser;
  hospitals: readonly Hospital[];
  /** The account as the server now has it, after any change. */
  onChanged: (user: AdminUser) => void;
  onClose: () => void;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** An account's role, hospitals and password, each changed and confirmed on its own. */
export function ManageUserModal({ api, user, hospitals, onChanged, onClose }: ManageUserModalProps) {
  const { t } = useTranslation(['admin', 'common']);
  const [role, setRole] = useState<Role>(user.role);
  const [hospitalIds, setHospitalIds] = useState<string[]>(user.hospitalIds);
  const [password, setPassword] = useState('');

  return (
    <Modal show onHide={onClose} centered scrollable aria-labelledby="manage-user-title">
      <Modal.Header closeButton closeLabel={t('common:close')}>
        <Modal.Title id="manage-user-title" as="h2" className="h5">
          {t('users.manageTitle', { name: user.fullName, username: user.username })}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <SaveSection
          saveLabel={t('users.saveRole')}
          savedText={t('saved')}
          canSave={role !== user.role}
          onSave={async () => onChanged(await api.setRole(user.id, role))}
        >
          <RoleSelect id="user-role-select" value={role} onChange={setRole} />
        </SaveSection>
        <SaveSection
          saveLabel={t('users.saveHospitals')}
          savedText={t('saved')}
          canSave={!sameIds(hospitalIds, user.hospitalIds)}
          onSave={async () => onChanged(await api.setHospitals(user.id, hospitalIds))}
        >
          <HospitalChecklist
            id="user-hospital"
            hospitals={hospitals}
            selected={hospitalIds}
            onChange={setHospitalIds}
          />
        </SaveSection>
        <SaveSection
          saveLabel={t('users.resetPassword')}
          savedText={t('users.passwordReset')}
          canSave={password !== ''}
          onSave={async () => {
            onChanged(await api.resetPassword(user.id, password));
            setPassword('');
          }}
        >
          <p className="small">{user.locked ? t('users.resetUnlocks') : t('users.resetIntro')}</p>
          <PasswordField
            id="user-new-password"
            label={t('users.newPassword')}
            value={password}
            onChange={setPassword}
          />
        </SaveSection>
      </Modal.Body>
    </Modal>
  );
}
