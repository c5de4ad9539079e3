import { useState, useSyncExternalStore } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../../app/services-context';
import { formatDate, today } from '../../shell/format-time';

/** A day for people ("3 Nov 2026") from an ISO time, in the device's own time zone. */
const dayOf = (iso: string, language: string) => formatDate(today(new Date(iso)), language);

/**
 * Says plainly that the browser deleted the app's data on this device: when, how many changes that
 * had not reached the server went with it, and what can still be done. It stays, signed in or not,
 * until the person acknowledges it. While the app is open over a deleted store, it asks for a reload.
 */
export function StorageLossBanner() {
  const { t, i18n } = useTranslation('eviction');
  const { storageGuard } = useServices();
  const state = useSyncExternalStore(
    (listener) => storageGuard.subscribe(listener),
    () => storageGuard.state,
  );
  const [busy, setBusy] = useState(false);
  const { loss } = state;
  return (
    <>
      {state.deletedWhileOpen && (
        <Alert variant="danger" role="alert" data-testid="storage-deleted-now">
          <p>{t('deletedNow')}</p>
          <Button variant="danger" onClick={() => globalThis.location.reload()}>
            {t('reload')}
          </Button>
        </Alert>
      )}
      {loss && (
        <Alert variant="danger" role="alert" data-testid="storage-lost">
          <Alert.Heading as="h2" className="h5">
            {t('title')}
          </Alert.Heading>
          <p>
            {t('deletedOn', { date: dayOf(loss.detectedAt, i18n.language) })}{' '}
            {loss.lostChanges > 0 ? (
              <>
                {t('lost', { count: loss.lostChanges })}{' '}
                {loss.oldestLostAt &&
                  `${t('oldest', { count: loss.lostChanges, date: dayOf(loss.oldestLostAt, i18n.language) })} `}
                {t('exportFile')}
              </>
            ) : (
              t('nothingLost')
            )}
          </p>
          <div className="d-flex flex-wrap gap-2 align-items-center">
            <Button
              variant="outline-danger"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void storageGuard.acknowledge().finally(() => setBusy(false));
              }}
            >
              {t('acknowledge')}
            </Button>
            {loss.lostChanges > 0 && <Link to="/sync">{t('openSync')}</Link>}
          </div>
        </Alert>
      )}
    </>
  );
}
