import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services-context';
import { useOutbox } from '../app/use-outbox';
import { useUser } from '../app/use-session';
import { useSyncState } from '../app/use-sync-state';
import { codeLabel } from '../episodes/list-labels';
import { formatWhen } from '../shell/format-time';
import { ExportSection } from './device-export/export-section';
import { ImportSection } from './device-export/import-section';
import { RejectedList } from './rejected-list';
import { StoragePanel } from './storage-panel';

/** Everything about this device's sync: what waits, what was refused and why, storage, identity. */
export function SyncPage() {
  const { t, i18n } = useTranslation('syncPage');
  const { deviceId } = useServices();
  const user = useUser();
  const state = useSyncState();
  const outbox = useOutbox() ?? [];
  const rejected = outbox.filter((row) => row.rejection !== undefined);

  return (
    <>
      <h1 className="h3 mb-3">{t('title')}</h1>
      <section className="mb-4">
        {state.lastError && (
          <p className="small mt-2">
            <strong>{t('lastError')}:</strong> {formatWhen(state.lastError.at, i18n.language)} —{' '}
            {t('serverSaid', { message: state.lastError.message })}
          </p>
        )}
      </section>
      <section className="mb-4" aria-labelledby="waiting-title">
        <h2 id="waiting-title" className="h5">
          {t('waitingTitle')}
        </h2>
        {state.pending === 0 ? (
          <p>{t('waitingNone')}</p>
        ) : (
          state.oldestPendingAt && (
            <p>{t('oldestWaiting', { when: formatWhen(state.oldestPendingAt, i18n.language) })}</p>
          )
        )}
        {(state.waiting ?? 0) > 0 && (
          <p className="small" data-testid="waiting-for-others">
            {t('waitingForOthers', { count: state.waiting })}
          </p>
        )}
      </section>
      <section className="mb-4" aria-labelledby="rejected-title">
        <h2 id="rejected-title" className="h5">
          {t('rejectedTitle')}
        </h2>
        {rejected.length > 0 && <p className="small">{t('rejectedIntro')}</p>}
        <RejectedList rows={rejected} />
      </section>
      <ExportSection />
      <ImportSection />
      <StoragePanel />
      <section aria-labelledby="device-title">
        <h2 id="device-title" className="h5">
          {t('device')}
        </h2>
        <dl className="row small">
          <dt className="col-sm-4">{t('signedInAs')}</dt>
          <dd className="col-sm-8">
            {user.fullName} ({user.username}) · {codeLabel(t, 'role', user.role)}
          </dd>
          <dt className="col-sm-4">{t('deviceId')}</dt>
          <dd className="col-sm-8 text-break">{deviceId}</dd>
          <dt className="col-sm-4">{t('appVersion')}</dt>
          <dd className="col-sm-8">{__APP_VERSION__}</dd>
        </dl>
      </section>
    </>
  );
}
