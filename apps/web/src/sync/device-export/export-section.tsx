import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { useOutbox } from '../../app/use-outbox';
import { useUser } from '../../app/use-session';
import { saveFile } from '../../review/export-file';
import { unsyncedExport } from './unsynced-export';

type ExportState =
  | { status: 'idle' }
  | { status: 'saved'; fileName: string }
  | { status: 'failed'; message: string };

/**
 * "Export unsynced changes": the whole outbox as a file, made on the device (no network needed), for
 * a device that cannot reach the server. The outbox stays as it is.
 */
export function ExportSection() {
  const { t } = useTranslation('deviceExport');
  const { store, deviceId } = useServices();
  const user = useUser();
  const outbox = useOutbox();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const waiting = outbox?.length ?? 0;
  const refused = outbox?.filter((row) => row.rejection !== undefined).length ?? 0;

  async function download() {
    try {
      const { file, fileName } = await unsyncedExport(store, {
        deviceId,
        user,
        appVersion: __APP_VERSION__,
        now: new Date(),
      });
      saveFile(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), fileName);
      setState({ status: 'saved', fileName });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="mb-4" aria-labelledby="export-unsynced-title" data-testid="export-unsynced">
      <h2 id="export-unsynced-title" className="h5">
        {t('export.title')}
      </h2>
      <p className="small text-body-secondary">{t('export.intro')}</p>
      {outbox !== undefined &&
        (waiting === 0 ? (
          <p data-testid="export-count">{t('export.none')}</p>
        ) : (
          <p data-testid="export-count">
            {t('export.waiting', { count: waiting })}
            {refused > 0 && ` ${t('export.refused', { count: refused })}`}
          </p>
        ))}
      <Button variant="outline-primary" disabled={waiting === 0} onClick={() => void download()}>
        {t('export.download')}
      </Button>
      {state.status === 'saved' && (
        <Alert variant="success" className="mt-2 mb-0" data-testid="export-saved">
          {t('export.saved', { fileName: state.fileName })}
        </Alert>
      )}
      {state.status === 'failed' && (
        <Alert variant="danger" className="mt-2 mb-0">
          {t('export.failed', { message: state.message })}
        </Alert>
      )}
    </section>
  );
}
