import type { ReviewFilter } from '@registry/domain';
import { useEffect, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { Link } from 'react-router';
import { useServices } from '../app/services-context';
import { useSession } from '../app/use-session';
import type { Translate } from '../episodes/list-labels';
import { useTranslate } from '../patients/use-translate';
import { today } from '../shell/format-time';
import { useOnline } from '../shell/use-online';
import { SyncError, type SyncErrorKind } from '../sync/sync-error';
import { type ExportFormat, exportRequest, fetchExport, saveFile } from './export-file';
import type { TableKind } from './filter-fields';

type ExportState =
  | { status: 'idle' }
  | { status: 'working'; format: ExportFormat }
  | { status: 'saved'; fileName: string }
  | { status: 'failed'; kind: SyncErrorKind; message: string };

/**
 * "Export CSV" and "Export FHIR": the server's files of exactly what the table's filter selects.
 * The table reads the device; an export reads the server, so it needs the network and a sign-in the
 * server still accepts, and says so in words rather than failing silently.
 */
export function ExportButtons({ table, filter }: { table: TableKind; filter: ReviewFilter }) {
  const { t } = useTranslate('review');
  const { session } = useServices();
  const sessionState = useSession();
  const online = useOnline();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);

  const signedIn = sessionState.status === 'active' && sessionState.canSync;
  const blocked: SyncErrorKind | undefined = !online ? 'offline' : !signedIn ? 'signed-out' : undefined;

  async function run(format: ExportFormat) {
    const token = session.token();
    if (!token) return setState({ status: 'failed', kind: 'signed-out', message: '' });
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { url, fileName } = exportRequest(format, table, filter, today());
    setState({ status: 'working', format });
    try {
      saveFile(await fetchExport(url, token, { signal: controller.signal }), fileName);
      setState({ status: 'saved', fileName });
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = error instanceof SyncError ? error : new SyncError('server', String(error));
      // As for a sync: the server's 401 means the token is gone, and the app asks for a sign-in.
      if (failure.status === 401) await session.tokenRejected(token).catch(() => undefined);
      setState({ status: 'failed', kind: failure.kind, message: failure.message });
    }
  }

  const working = state.status === 'working';
  const problem = blocked ?? (state.status === 'failed' ? state.kind : undefined);
  return (
    <section className="mb-3" aria-labelledby="review-export-title">
      <h2 id="review-export-title" className="h6 mb-1">
        {t('export.title')}
      </h2>
      <p className="small text-body-secondary mb-2">{t('export.intro')}</p>
      <div className="d-flex flex-wrap align-items-center gap-2">
        {(['csv', 'fhir'] as const).map((format) => (
          <Button
            key={format}
            variant="outline-primary"
            disabled={working || blocked !== undefined}
            onClick={() => void run(format)}
          >
            {working && state.format === format && (
              <Spinner animation="border" size="sm" className="me-2" aria-hidden="true" />
            )}
            {t(`export.${format}`)}
          </Button>
        ))}
        <span role="status" className="small">
          {working && t('export.working')}
          {state.status === 'saved' && t('export.saved', { file: state.fileName })}
        </span>
      </div>
      {problem && (
        <Alert variant={blocked ? 'secondary' : 'danger'} className="mt-2 mb-0" data-testid="export-problem">
          {problemWords(t, problem, state.status === 'failed' ? state.message : '')}
          {problem === 'signed-out' && (
            <>
              {' '}
              <Link to="/sign-in">{t('export.signIn')}</Link>
            </>
          )}
        </Alert>
      )}
    </section>
  );
}

function problemWords(t: Translate, kind: SyncErrorKind, message: string) {
  switch (kind) {
    case 'offline':
      return t('export.offline');
    case 'signed-out':
      return t('export.signedOut');
    case 'forbidden':
      return t('export.forbidden', { message });
    case 'bad-request':
    case 'too-large':
      return t('export.refused', { message });
    default:
      return t('export.server');
  }
}
