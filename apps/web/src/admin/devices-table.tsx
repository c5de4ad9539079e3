import type { AdminDevice } from '@registry/domain';
import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../shell/format-time';
import { ListTable } from './list-table';
import { staleWorkDays } from './stale-work';
import { timeAgo } from './time-ago';

/** A time in words ("2 hours ago"), the exact time kept for the browser and a pointer's hover. */
function Ago({ iso, now }: { iso: string; now: Date }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso} title={formatWhen(iso, i18n.language, now)}>
      {timeAgo(iso, i18n.language, now)}
    </time>
  );
}

const HEADERS = [
  'devices.user',
  'devices.lastSync',
  'devices.waiting',
  'devices.oldestWaiting',
  'devices.appVersion',
  'devices.deviceId',
];

/** Each device the server has heard from: who, when, what still waits on it and how old that is. */
export function DevicesTable({ devices, now }: { devices: readonly AdminDevice[]; now: Date }) {
  const { t } = useTranslation('admin');
  return (
    <ListTable caption={t('devices.caption')} headers={HEADERS}>
      {devices.map((device) => {
        const staleDays = staleWorkDays(device, now);
        return (
          <tr key={device.deviceId} className={staleDays === undefined ? undefined : 'table-warning'}>
            <th scope="row" className="fw-normal">
              {device.user.fullName ?? t('devices.unknownUser')}
              {device.user.username && (
                <div className="small text-body-secondary">{device.user.username}</div>
              )}
            </th>
            <td>
              {device.lastContactAt ? <Ago iso={device.lastContactAt} now={now} /> : t('devices.never')}
            </td>
            <td>{device.pendingVersions === 0 ? t('devices.nothingWaiting') : device.pendingVersions}</td>
            <td>
              {device.pendingVersions > 0 && device.oldestPendingAt ? (
                <>
                  <Ago iso={device.oldestPendingAt} now={now} />
                  {staleDays !== undefined && (
                    <div>
                      <Badge bg="warning" text="dark">
                        {t('devices.stale', { count: staleDays })}
                      </Badge>
                    </div>
                  )}
                </>
              ) : (
                '—'
              )}
            </td>
            <td>{device.appVersion ?? t('devices.unknownVersion')}</td>
            <td className="small text-break font-monospace">{device.deviceId}</td>
          </tr>
        );
      })}
    </ListTable>
  );
}
