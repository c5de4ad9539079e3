import type { ReactNode } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { type ActivatableKind, toggleWords } from './toggle-active';

interface ActivatableRowProps {
  kind: ActivatableKind;
  name: string;
  active: boolean;
  /** Said after the name (that the account is the admin's own). */
  nameNote?: ReactNode;
  /** The cells between the name and the status. */
  children: ReactNode;
  /** Said under the status (a lockout and when it ends). */
  statusNote?: ReactNode;
  /** The row's first action (edit, manage): its words, and its name with the row's name in it. */
  open: { label: string; named: string; onClick: () => void };
  /** Absent where the row may not be deactivated (the admin's own account). */
  onToggleActive?: (() => void) | undefined;
}

/**
 * A row of an account or a hospital: its name as the row's header, greyed while inactive, the status
 * in words (the colour only repeats them), and its actions, each named with the row's name.
 */
export function ActivatableRow({
  kind,
  name,
  active,
  nameNote,
  children,
  statusNote,
  open,
  onToggleActive,
}: ActivatableRowProps) {
  const { t } = useTranslation('admin');
  const toggle = toggleWords(t, kind, active, name);
  return (
    <tr className={active ? undefined : 'text-body-secondary'}>
      <th scope="row" className="fw-normal">
        {name}
        {nameNote}
      </th>
      {children}
      <td>
        <Badge bg={active ? 'success' : 'secondary'}>{active ? t('active') : t('inactive')}</Badge>
        {statusNote}
      </td>
      <td>
        <div className="d-flex flex-wrap gap-2">
          <Button size="sm" variant="outline-primary" onClick={open.onClick} aria-label={open.named}>
            {open.label}
          </Button>
          {onToggleActive && (
            <Button
              size="sm"
              variant={active ? 'outline-danger' : 'outline-success'}
              onClick={onToggleActive}
              aria-label={toggle.named}
            >
              {toggle.label}
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}
