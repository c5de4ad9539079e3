import { useEffect, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';
import { useSyncState } from '../app/use-sync-state';
import { type StorageStatus, storageStatus } from './storage-status';

/** Unsynced work this many days old is worth a warning: a lost phone would take it with it. */
export const OLD_WORK_DAYS = 3;

/** Warns when the device is nearly full or holds unsynced work several days old. */
export function StorageWarnings() {
  const { t } = useTranslation('storage');
  const { t: tc } = useTranslation();
  const { oldestPendingAt } = useSyncState();
  const [status, setStatus] = useState<StorageStatus>();
  useEffect(() => {
    void storageStatus().then(setStatus);
  }, []);
  const oldDays = oldestPendingAt ? Math.floor((Date.now() - Date.parse(oldestPendingAt)) / 86_400_000) : 0;
  return (
    <>
      {oldDays >= OLD_WORK_DAYS && (
        <Alert variant="warning" className="mt-2 mb-0" data-testid="old-work-warning">
          {tc('sync.oldWork', { days: oldDays })}
        </Alert>
      )}
      {status?.nearlyFull && (
        <Alert variant="danger" className="mt-2 mb-0" data-testid="storage-full-warning">
          {t('nearlyFull', { percent: Math.round((status.usage / status.quota) * 100) })}
        </Alert>
      )}
    </>
  );
}
