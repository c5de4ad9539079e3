import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSession } from '../app/use-session';
import { LockPage } from './lock-page';
import { SignInPage } from './sign-in-page';

/** Screens behind it need someone signed in and unlocked; everything else is asked for here. */
export function SessionGate() {
  const { t } = useTranslation();
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return <Spinner animation="border" role="status" aria-label={t('loading')} />;
    case 'signed-out':
      return <SignInPage />;
    case 'locked':
      return <LockPage name={session.user.fullName} />;
    case 'active':
      return <Outlet />;
  }
}
