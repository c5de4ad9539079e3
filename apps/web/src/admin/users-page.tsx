import type { AdminUser } from '@registry/domain';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../app/use-session';
import { AddUserModal } from './add-user-modal';
import { AdminScreen } from './admin-screen';
import { ListHeader } from './list-header';
import { ManageUserModal } from './manage-user-modal';
import { ToggleActiveModal } from './toggle-active';
import { byName, upsertById } from './upsert-by-id';
import type { ReadyAccess } from './use-admin-access';
import { useLoaded } from './use-loaded';
import { UsersTable } from './users-table';

/** Accounts: add one, change a role, hospitals or password, deactivate and reactivate. Online only. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  return <AdminScreen title={t('users.title')}>{(access) => <UsersScreen access={access} />}</AdminScreen>;
}

const fullName = (user: AdminUser) => user.fullName;
const byFullName = byName(fullName);

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
      <ListHeader addLabel={t('users.add')} onAdd={() => setAdding(true)} notice={notice} list={data} />
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
        <ToggleActiveModal
          kind="users"
          item={toggling}
          nameOf={fullName}
          setActive={api.setUserActive}
          onChanged={changed}
          onClose={() => setToggling(undefined)}
        />
      )}
    </>
  );
}
