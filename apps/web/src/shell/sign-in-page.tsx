import { type FormEvent, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useServices } from '../app/services-context';

/**
 * Sign-in: online the first time on a device; afterwards the last user may sign in offline too.
 * `again`: the server stopped accepting the session, so recording went on; signing in lets sync resume.
 */
export function SignInPage({ again = false }: { again?: boolean }) {
  const { t } = useTranslation();
  const { session, sync } = useServices();
  const remembered = session.rememberedUser();
  const [username, setUsername] = useState(remembered?.username ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [working, setWorking] = useState(false);
  const navigate = useNavigate();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    setError(undefined);
    try {
      await session.signIn(username, password);
      void sync.syncAfterSignIn();
      if (again) navigate('/', { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className="mx-auto" style={{ maxWidth: 420 }}>
      <h1 className="h3 mb-3">{t('signIn.title')}</h1>
      <p className="text-body-secondary">{again ? t('signIn.again') : t('signIn.firstTime')}</p>
      <Form onSubmit={submit} noValidate>
        <Form.Group className="mb-3" controlId="username">
          <Form.Label>{t('signIn.username')}</Form.Label>
          <Form.Control
            autoComplete="username"
            autoCapitalize="none"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </Form.Group>
        <Form.Group className="mb-3" controlId="password">
          <Form.Label>{t('signIn.password')}</Form.Label>
          <Form.Control
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </Form.Group>
        {error && (
          <Alert variant="danger" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" size="lg" className="w-100" disabled={working || !username || !password}>
          {working ? t('signIn.working') : t('signIn.submit')}
        </Button>
      </Form>
    </div>
  );
}
