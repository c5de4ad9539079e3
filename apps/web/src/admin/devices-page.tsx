import { useCallback, useMemo } from 'react';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';
import { OLD_WORK_DAYS } from '../shell/storage-warnings';
import { AdminScreen } from './admin-screen';
import { DevicesTable } from './devices-table';
import { ErrorAlert } from './error-alert';
import { staleWorkDays } from './stale-work';
import type { ReadyAccess } from './use-admin-access';
import { useLoaded } from './use-loaded';

/**
 * Devices as they last reported themselves: which hold work that has not reached the server, and for
 * how long. The server cannot see a device's store; this is what each said on its last sync.
 */
export function DevicesPage() {
  const { t } = useTranslation('admin');
  return (
    <AdminScreen title={t('devices.title')}>{(access) => <DevicesScreen access={access} />}</AdminScreen>
  );
}

function DevicesScreen({ access: { api } }: { access: ReadyAccess }) {
  const { t } = useTranslation('admin');
  const load = useCallback(async () => ({ devices: await api.listDevices(), at: new Date() }), [api]);
  const data = useLoaded(load);
  const stale = useMemo(
    () =>
      data.value?.devices.filter((device) => staleWorkDays(device, data.value?.at) !== undefined).length ?? 0,
    [data.value],
  );

  return (
    <>
      <p>{t('devices.intro')}</p>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <Button variant="outline-primary" onClick={data.reload} disabled={data.loading}>
          {t('devices.refresh')}
        </Button>
        <span role="status">
          {data.loading
            ? t('loading')
            : data.value && stale > 0
              ? t('devices.staleSummary', { count: stale, days: OLD_WORK_DAYS })
              : ''}
        </span>
      </div>
      <ErrorAlert error={data.error} onRetry={data.reload} />
      {data.loading && !data.value && <Spinner animation="border" aria-hidden="true" />}
      {data.value && data.value.devices.length === 0 && <p>{t('devices.none')}</p>}
      {data.value && data.value.devices.length > 0 && (
        <DevicesTable devices={data.value.devices} now={data.value.at} />
      )}
    </>
  );
}
