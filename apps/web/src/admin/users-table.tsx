import type { AdminUser, Hospital } from '@registry/domain';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../episodes/list-labels';
import { formatWhen } from '../shell/format-time';
import { ActivatableRow } from './activatable-row';
import { ListTable } from './list-table';

const HEADERS = ['users.fullName', 'users.username', 'users.role', 'users.hospitals', 'status', 'actions'];

interface UsersTableProps {
  users: readonly AdminUser[];
  hospitals: readonly Hospital[];
  /** The signed-in admin, who may not deactivate themselves. */
  selfId: string;
  onManage: (user: AdminUser) => void;
  onToggleActive: (user: AdminUser) => void;
}

/** Every account: who, what role, where, and whether they can sign in, in words. */
export function UsersTable({ users, hospitals, selfId, onManage, onToggleActive }: UsersTableProps) {
  const { t, i18n } = useTranslation('admin');
  const names = new Map(hospitals.map((hospital) => [hospital.id, hospital.name]));
  return (
    <ListTable caption={t('users.caption')} headers={HEADERS}>
      {users.map((user) => {
        const self = user.id === selfId;
        return (
          <ActivatableRow
            key={user.id}
            kind="users"
            name={user.fullName}
            active={user.active}
            nameNote={self && <span className="small"> {t('users.you')}</span>}
            statusNote={
              user.locked &&
              user.lockedUntil && (
                <div className="small">
                  {t('users.lockedUntil', { when: formatWhen(user.lockedUntil, i18n.language) })}
                </div>
              )
            }
            open={{
              label: t('users.manage'),
              named: t('users.manageOf', { name: user.fullName }),
              onClick: () => onManage(user),
            }}
            onToggleActive={self ? undefined : () => onToggleActive(user)}
          >
            <td className="text-break">{user.username}</td>
            <td>{codeLabel(t, 'role', user.role)}</td>
            <td>
              {user.hospitalIds.length === 0
                ? t('users.noHospitals')
                : user.hospitalIds.map((id) => names.get(id) ?? id).join(', ')}
            </td>
          </ActivatableRow>
        );
      })}
    </ListTable>
  );
}
