import { type FormEvent, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services-context';

/** After an idle time: the password again, checked on the device, so it works with no network. */
export function LockPage({ name }: { name: string }) {
  const { t } = useTranslation();
  const { session } = useServices();
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await session.unlock(password);
    setWrong(!ok);
    if (!ok) setPassword('');
  };

  return (
    <div className="mx-auto" style={{ maxWidth: 420 }}>
      <h1 className="h3 mb-3">{t('lock.title')}</h1>
      <p>{t('lock.body', { name })}</p>
      <Form onSubmit={submit}>
        <Form.Group className="mb-3" controlId="unlock-password">
          <Form.Label>{t('signIn.password')}</Form.Label>
          <Form.Control
            type="password"
            autoComplete="current-password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Form.Group>
        {wrong && (
          <Alert variant="danger" role="alert">
            {t('lock.wrong')}
          </Alert>
        )}
        <Button type="submit" size="lg" className="w-100 mb-3" disabled={!password}>
          {t('lock.unlock')}
        </Button>
      </Form>
      <Button variant="link" onClick={() => void session.signOut()}>
        {t('lock.switchUser')}
      </Button>
    </div>
  );
}
