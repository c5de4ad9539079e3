import type { Hospital } from '@registry/domain';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../episodes/list-labels';
import { formatWhen } from '../shell/format-time';
import type { AdminUser } from './admin-api';

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
    <Table responsive hover className="align-middle">
      <caption className="visually-hidden">{t('users.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.fullName')}</th>
          <th scope="col">{t('users.username')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.hospitals')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.active ? undefined : 'text-body-secondary'}>
            <th scope="row" className="fw-normal">
              {user.fullName}
              {user.id === selfId && <span className="small"> {t('users.you')}</span>}
            </th>
            <td className="text-break">{user.username}</td>
            <td>{codeLabel(t, 'role', user.role)}</td>
            <td>
              {user.hospitalIds.length === 0
                ? t('users.noHospitals')
                : user.hospitalIds.map((id) => names.get(id) ?? id).join(', ')}
            </td>
            <td>
              <Badge bg={user.active ? 'success' : 'secondary'}>
                {user.active ? t('active') : t('inactive')}
              </Badge>
              {user.locked && user.lockedUntil && (
                <div className="small">
                  {t('users.lockedUntil', { when: formatWhen(user.lockedUntil, i18n.language) })}
                </div>
              )}
            </td>
            <td>
              <div className="d-flex flex-wrap gap-2">
                <Button
                  size="sm"
                  variant="outline-primary"
                  onClick={() => onManage(user)}
                  aria-label={t('users.manageOf', { name: user.fullName })}
                >
                  {t('users.manage')}
                </Button>
                {user.id !== selfId && (
                  <Button
                    size="sm"
                    variant={user.active ? 'outline-danger' : 'outline-success'}
                    onClick={() => onToggleActive(user)}
                    aria-label={t(user.active ? 'users.deactivateOf' : 'users.reactivateOf', {
                      name: user.fullName,
                    })}
                  >
                    {user.active ? t('deactivate') : t('reactivate')}
                  </Button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
