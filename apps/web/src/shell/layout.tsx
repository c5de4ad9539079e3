import Badge from 'react-bootstrap/Badge';
import Container from 'react-bootstrap/Container';
import Nav from 'react-bootstrap/Nav';
import Navbar from 'react-bootstrap/Navbar';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useServices } from '../app/services-context';
import { useSession } from '../app/use-session';
import { StorageLossBanner } from '../local/eviction/storage-loss-banner';
import { LanguageSwitch } from './language-switch';
import { RoleMenus } from './role-menus';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { StorageWarnings } from './storage-warnings';
import { SyncSummary } from './sync-summary';
import { UpdatePrompt } from './update-prompt';
import { useOnline } from './use-online';

export function Layout() {
  const { t } = useTranslation();
  const online = useOnline();
  const session = useSession();
  const { session: controller } = useServices();
  const signedIn = session.status === 'active';
  return (
    <>
      <Navbar bg="primary" variant="dark" expand="md" className="mb-3" collapseOnSelect>
        <Container fluid="md">
          <Navbar.Brand as={Link} to="/">
            {t('appName')}
          </Navbar.Brand>
          <Badge bg={online ? 'success' : 'secondary'} data-testid="network-state" className="me-auto">
            {online ? t('online') : t('offline')}
          </Badge>
          {/* Outside the menu, so that the language can be changed with one tap on a phone, signed in or not. */}
          <div className="me-2">
            <LanguageSwitch />
          </div>
          <Navbar.Toggle aria-controls="main-menu" />
          <Navbar.Collapse id="main-menu">
            <Nav className="ms-auto align-items-md-center gap-md-2">
              {signedIn && (
                <>
                  <Nav.Link as={NavLink} to="/" end eventKey="home">
                    {t('menu.home')}
                  </Nav.Link>
                  <Nav.Link as={NavLink} to="/patients/new" eventKey="new">
                    {t('menu.newPatient')}
                  </Nav.Link>
                  <RoleMenus user={session.user} />
                  <Nav.Link as={NavLink} to="/sync" eventKey="sync">
                    {t('menu.sync')}
                  </Nav.Link>
                  <Nav.Link as="button" className="btn btn-link text-start" onClick={() => controller.lock()}>
                    {t('menu.lock')}
                  </Nav.Link>
                  <Nav.Link
                    as="button"
                    className="btn btn-link text-start"
                    onClick={() => void controller.signOut()}
                  >
                    {t('menu.signOut')}
                  </Nav.Link>
                </>
              )}
            </Nav>
          </Navbar.Collapse>
        </Container>
      </Navbar>
      <Container fluid="md" as="main">
        {/* Signed in or not: after a deletion the person must sign in again, and should know why. */}
        <StorageLossBanner />
        {signedIn && (
          <div className="mb-3">
            <SyncSummary withButton />
            <StorageWarnings />
          </div>
        )}
        <ScreenErrorBoundary>
          <Outlet />
        </ScreenErrorBoundary>
      </Container>
      <UpdatePrompt />
    </>
  );
}
