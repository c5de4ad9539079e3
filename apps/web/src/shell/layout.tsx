import Badge from 'react-bootstrap/Badge';
import Container from 'react-bootstrap/Container';
import Navbar from 'react-bootstrap/Navbar';
import { Link, Outlet } from 'react-router';
import { useOnline } from './use-online';

export function Layout() {
  const online = useOnline();
  return (
    <>
      <Navbar bg="primary" variant="dark" className="mb-3">
        <Container fluid="md">
          <Navbar.Brand as={Link} to="/">
            Surgical Registry
          </Navbar.Brand>
          <Badge bg={online ? 'success' : 'secondary'} data-testid="network-state">
            {online ? 'Online' : 'Offline'}
          </Badge>
        </Container>
      </Navbar>
      <Container fluid="md" as="main">
        <Outlet />
      </Container>
    </>
  );
}
