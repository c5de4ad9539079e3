import { useCallback, useEffect, useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { requestPersistence, type StorageStatus, storageStatus } from '../shell/storage-status';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Whether the browser promised to keep the data, how much is used, and a way to ask again. */
export function StoragePanel() {
  const { t } = useTranslation('storage');
  const [status, setStatus] = useState<StorageStatus>();
  const refresh = useCallback(() => void storageStatus().then(setStatus), []);
  useEffect(refresh, [refresh]);
  return (
    <section className="mb-4" aria-labelledby="storage-title">
      <h2 id="storage-title" className="h5">
        {t('title')}
      </h2>
      <p data-testid="persistence">
        {status?.persisted === true
          ? t('persisted')
          : status?.persisted === false
            ? t('notPersisted')
            : t('unknown')}
      </p>
      {status && (
        <p className="small">
          {t('usage', { used: megabytes(status.usage), quota: megabytes(status.quota) })}
        </p>
      )}
      {status?.persisted === false && (
        <Button variant="outline-primary" onClick={() => void requestPersistence().then(refresh)}>
          {t('ask')}
        </Button>
      )}
    </section>
  );
}
