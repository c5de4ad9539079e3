import { type Action, can, type SessionUser } from '@registry/domain';
import NavDropdown from 'react-bootstrap/NavDropdown';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

interface MenuEntry {
  to: string;
  label: string;
  action: Action;
}

const REVIEW: readonly MenuEntry[] = [
  { to: '/review/patients', label: 'menu.reviewPatients', action: 'review' },
  { to: '/review/episodes', label: 'menu.reviewEpisodes', action: 'review' },
  { to: '/reports', label: 'menu.reports', action: 'reports' },
  { to: '/conflicts', label: 'menu.conflicts', action: 'resolveConflicts' },
  { to: '/duplicates', label: 'menu.duplicates', action: 'mergeDuplicates' },
  { to: '/restore', label: 'menu.restore', action: 'restoreDeleted' },
];

const ADMIN: readonly MenuEntry[] = [
  { to: '/admin/users', label: 'menu.users', action: 'manageUsers' },
  { to: '/admin/hospitals', label: 'menu.hospitals', action: 'manageHospitals' },
  { to: '/admin/audit', label: 'menu.audit', action: 'readAuditLog' },
  { to: '/admin/devices', label: 'menu.devices', action: 'viewDevices' },
];

/**
 * The coordinators' and admins' screens, as two menus that appear only for a role that may use
 * them: a surgeon's menu stays as short as it was.
 */
export function RoleMenus({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const actor = { ...user, active: true };
  const menu = (id: string, title: string, entries: readonly MenuEntry[]) => {
    const allowed = entries.filter((entry) => can(actor, entry.action));
    if (allowed.length === 0) return null;
    return (
      <NavDropdown title={title} id={id}>
        {allowed.map((entry) => (
          <NavDropdown.Item key={entry.to} as={NavLink} to={entry.to}>
            {t(entry.label)}
          </NavDropdown.Item>
        ))}
      </NavDropdown>
    );
  };
  return (
    <>
      {menu('review-menu', t('menu.review'), REVIEW)}
      {menu('admin-menu', t('menu.admin'), ADMIN)}
    </>
  );
}
