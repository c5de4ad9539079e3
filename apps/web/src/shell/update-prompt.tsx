import { useEffect, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Toast from 'react-bootstrap/Toast';
import ToastContainer from 'react-bootstrap/ToastContainer';
import { useTranslation } from 'react-i18next';
import { onUpdateReady } from './service-worker';

/**
 * Offers a new version of the app and waits for the person: nothing reloads under a form being filled,
 * and the new service worker takes over only when they choose, so old and new files never mix.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [apply, setApply] = useState<(() => void) | undefined>(undefined);
  useEffect(() => onUpdateReady((update) => setApply(() => update)), []);
  return (
    <ToastContainer position="bottom-center" className="p-3" style={{ zIndex: 1080 }}>
      <Toast show={apply !== undefined} onClose={() => setApply(undefined)}>
        <Toast.Header closeButton={false}>
          <strong className="me-auto">{t('update.ready')}</strong>
        </Toast.Header>
        <Toast.Body>
          <p className="mb-2 small">{t('update.note')}</p>
          <Button size="sm" className="me-2" onClick={() => apply?.()}>
            {t('update.apply')}
          </Button>
          <Button size="sm" variant="outline-secondary" onClick={() => setApply(undefined)}>
            {t('update.later')}
          </Button>
        </Toast.Body>
      </Toast>
    </ToastContainer>
  );
}
