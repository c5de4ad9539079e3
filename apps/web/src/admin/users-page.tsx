import { useCallback, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';
import { useUser } from '../app/use-session';
import { AddUserModal } from './add-user-modal';
import type { AdminUser } from './admin-api';
import { AdminScreen } from './admin-screen';
import { ConfirmModal } from './confirm-modal';
import { ErrorAlert } from './error-alert';
import { ManageUserModal } from './manage-user-modal';
import { byName, upsertById } from './upsert-by-id';
import type { ReadyAccess } from './use-admin-access';
import { useLoaded } from './use-loaded';
import { UsersTable } from './users-table';

/** Accounts: add one, change a role, hospitals or password, deactivate and reactivate. Online only. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  return <AdminScreen title={t('users.title')}>{(access) => <UsersScreen access={access} />}</AdminScreen>;
}

const byFullName = byName((user: AdminUser) => user.fullName);

function UsersScreen({ access: { api, refreshReference } }: { access: ReadyAccess }) {
  const { t } = useTranslation('admin');
  const self = useUser();
  const load = useCallback(async () => {
    const [users, hospitals] = await Promise.all([api.listUsers(), api.listHospitals()]);
    return { users, hospitals };
  }, [api]);
  const data = useLoaded(load);
  const [adding, setAdding] = useState(false);
  const [managingId, setManagingId] = useState<string>();
  const [toggling, setToggling] = useState<AdminUser>();
  const [notice, setNotice] = useState('');

  const changed = (user: AdminUser, words?: string) => {
    data.update((value) => ({ ...value, users: upsertById(value.users, user, byFullName) }));
    if (words) setNotice(words);
    // The staff directory on devices names each user's role and hospitals.
    refreshReference();
  };
  const managing = data.value?.users.find((user) => user.id === managingId);

  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <Button onClick={() => setAdding(true)} disabled={!data.value}>
          {t('users.add')}
        </Button>
        <span role="status" className="ms-2">
          {notice}
        </span>
      </div>
      <ErrorAlert error={data.error} onRetry={data.reload} />
      {data.loading && !data.value && <Spinner animation="border" role="status" aria-label={t('loading')} />}
      {data.value && (
        <UsersTable
          users={data.value.users}
          hospitals={data.value.hospitals}
          selfId={self.id}
          onManage={(user) => setManagingId(user.id)}
          onToggleActive={setToggling}
        />
      )}
      {adding && data.value && (
        <AddUserModal
          api={api}
          hospitals={data.value.hospitals}
          onAdded={(user) => {
            changed(user, t('users.added', { name: user.fullName }));
            setAdding(false);
          }}
          onClose={() => setAdding(false)}
        />
      )}
      {managing && data.value && (
        <ManageUserModal
          api={api}
          user={managing}
          hospitals={data.value.hospitals}
          onChanged={(user) => changed(user)}
          onClose={() => setManagingId(undefined)}
        />
      )}
      {toggling && (
        <ConfirmModal
          title={t(toggling.active ? 'users.deactivateOf' : 'users.reactivateOf', {
            name: toggling.fullName,
          })}
          body={t(toggling.active ? 'users.deactivateBody' : 'users.reactivateBody', {
            name: toggling.fullName,
          })}
          confirmLabel={toggling.active ? t('deactivate') : t('reactivate')}
          variant={toggling.active ? 'danger' : 'primary'}
          onConfirm={async () => {
            const user = await api.setUserActive(toggling.id, !toggling.active);
            changed(
              user,
              t(user.active ? 'users.reactivated' : 'users.deactivated', { name: user.fullName }),
            );
          }}
          onClose={() => setToggling(undefined)}
        />
      )}
    </>
  );
}
