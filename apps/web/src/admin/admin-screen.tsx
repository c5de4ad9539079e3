import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ReadyAccess, useAdminAccess } from './use-admin-access';

/**
 * The frame of an admin screen: its heading, then the screen itself when the server can be asked, or
 * what is needed first (a network, a sign-in). `children` renders a component, not hooks of its own.
 */
export function AdminScreen({
  title,
  children,
}: {
  title: string;
  children: (access: ReadyAccess) => ReactNode;
}) {
  const { t } = useTranslation('admin');
  const access = useAdminAccess();
  return (
    <>
      <h1 className="h3 mb-3">{title}</h1>
      {access.ready ? (
        children(access)
      ) : (
        <Alert variant="info" data-testid="admin-unavailable">
          {access.reason === 'offline' ? (
            t('needsNetwork')
          ) : (
            <>
              {t('needsSignIn')} <Link to="/sign-in">{t('signIn')}</Link>
            </>
          )}
        </Alert>
      )}
    </>
  );
}
