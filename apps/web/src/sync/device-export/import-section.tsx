import type { DeviceExportProblem } from '@registry/domain';
import { type ChangeEvent, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { useSession, useUser } from '../../app/use-session';
import { useOnline } from '../../shell/use-online';
import { HttpSyncTransport } from '../http-sync-transport';
import {
  type ImportOutcome,
  type ImportSummary,
  importDeviceExport,
  readImportFile,
  summarizeImport,
} from './import-device-export';
import { ImportOutcomeView } from './import-outcome';
import { ImportSummaryView } from './import-summary';

type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'bad'; problem: DeviceExportProblem; detail?: string | undefined }
  | { status: 'ready'; summary: ImportSummary; outcome?: ImportOutcome; error?: string }
  | { status: 'importing'; summary: ImportSummary };

const PROBLEM_KEY: Record<DeviceExportProblem, string> = {
  'not-json': 'import.problem.notJson',
  'not-export': 'import.problem.notExport',
  'format-version': 'import.problem.formatVersion',
  duplicate: 'import.problem.duplicate',
  invalid: 'import.problem.invalid',
};

/**
 * Import of another device's export file: read and checked first (a bad file changes nothing), then
 * summed up, then imported on the person's word. See importDeviceExport for what goes where.
 */
export function ImportSection() {
  const { t } = useTranslation('deviceExport');
  const { store, session } = useServices();
  const user = useUser();
  const sessionState = useSession();
  const online = useOnline();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const signedIn = sessionState.status === 'active' && sessionState.canSync;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return setState({ status: 'idle' });
    setState({ status: 'reading' });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      return setState({ status: 'bad', problem: 'not-json' });
    }
    const read = await readImportFile(store, text, user.id);
    setState(
      read.ok
        ? { status: 'ready', summary: read.summary }
        : { status: 'bad', problem: read.problem, detail: read.detail },
    );
  }

  async function runImport(summary: ImportSummary) {
    setState({ status: 'importing', summary });
    const token = signedIn ? session.token() : undefined;
    try {
      const outcome = await importDeviceExport(store, summary.file, {
        user,
        online,
        transport: token ? new HttpSyncTransport({ token: () => token }) : undefined,
      });
      // As for a sync: the server's 401 means the token is gone, and the app asks for a sign-in.
      if (token && outcome.failure?.status === 401) await session.tokenRejected(token).catch(() => undefined);
      setState({ status: 'ready', summary: await summarizeImport(store, summary.file, user.id), outcome });
    } catch (error) {
      // The device's own storage failed: each save is one transaction, so what was saved is whole.
      setState({ status: 'ready', summary, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="mb-4" aria-labelledby="import-file-title" data-testid="import-file">
      <h2 id="import-file-title" className="h5">
        {t('import.title')}
      </h2>
      <p className="small text-body-secondary">{t('import.intro')}</p>
      <Form.Group controlId="device-export-file" className="mb-3">
        <Form.Label>{t('import.fileLabel')}</Form.Label>
        <Form.Control
          type="file"
          accept=".json,application/json"
          disabled={state.status === 'importing'}
          onChange={(event) => void choose(event as ChangeEvent<HTMLInputElement>)}
        />
      </Form.Group>
      {state.status === 'reading' && <p className="small">{t('import.reading')}</p>}
      {state.status === 'bad' && (
        <Alert variant="danger" data-testid="import-bad-file">
          {t('import.bad', { reason: t(PROBLEM_KEY[state.problem], { detail: state.detail ?? '' }) })}
        </Alert>
      )}
      {(state.status === 'ready' || state.status === 'importing') && (
        <>
          {state.status === 'ready' && state.error && (
            <Alert variant="danger">{t('import.failure', { message: state.error })}</Alert>
          )}
          {state.status === 'ready' && state.outcome && (
            <ImportOutcomeView outcome={state.outcome} file={state.summary.file} />
          )}
          <ImportSummaryView summary={state.summary} user={user} online={online} signedIn={signedIn} />
          <Button disabled={state.status === 'importing'} onClick={() => void runImport(state.summary)}>
            {state.status === 'importing' && (
              <Spinner animation="border" size="sm" className="me-2" aria-hidden="true" />
            )}
            {state.status === 'importing' ? t('import.importing') : t('import.button')}
          </Button>
        </>
      )}
    </section>
  );
}
