import { ACTION_ROLES, type Action } from '@registry/domain';
import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { useCan } from '../app/use-session';

/**
 * Shows its children only to someone whose role allows `action`; anyone else is told in words which
 * role the screen is for. The server enforces the same rules: this only spares people a dead end.
 */
export function RequireAction({ action, children }: { action: Action; children: ReactNode }) {
  const allowed = useCan(action);
  const { t } = useTranslation();
  if (allowed) return children;
  return (
    <Alert variant="warning" role="alert">
      <h1 className="h5">{t('notAllowed.title')}</h1>
      <p className="mb-0">
        {t(ACTION_ROLES[action] === 'admin' ? 'notAllowed.admin' : 'notAllowed.coordinator')}
      </p>
    </Alert>
  );
}
