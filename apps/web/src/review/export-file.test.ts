import { describe, expect, it } from 'vitest';
import { SyncError } from '../sync/sync-error';
import { exportRequest, fetchExport } from './export-file';
import { sampleId } from './sample-entries';

const HOSPITAL = sampleId(9, 1);
const SURGEON = sampleId(8, 1);
const filter = {
  hospitalId: HOSPITAL,
  from: '2026-01-01',
  surgeonId: SURGEON,
  type: 'surgery',
  completeness: 'incomplete',
  includeDeleted: 'false',
} as const;

describe('the export of a table', () => {
  it('asks for episodes with every filter of the table, named by table and day', () => {
    expect(exportRequest('csv', 'episodes', filter, '2026-11-29')).toEqual({
      url: `/api/exports/episodes.csv?hospitalId=${HOSPITAL}&from=2026-01-01&surgeonId=${SURGEON}&type=surgery&completeness=incomplete`,
      fileName: 'registry-episodes-2026-11-29.csv',
    });
  });

  it('never sends the episode filters with patients, in CSV or FHIR', () => {
    const csv = exportRequest('csv', 'patients', filter, '2026-11-29');
    expect(csv.url).toBe(
      `/api/exports/patients.csv?hospitalId=${HOSPITAL}&from=2026-01-01&completeness=incomplete`,
    );
    const fhir = exportRequest('fhir', 'patients', filter, '2026-11-29');
    expect(fhir).toEqual({
      url: `/api/exports/fhir?hospitalId=${HOSPITAL}&from=2026-01-01&completeness=incomplete`,
      fileName: 'registry-patients-fhir-2026-11-29.json',
    });
  });

  it('asks for everything without a query string when nothing is filtered', () => {
    expect(exportRequest('fhir', 'episodes', {}, '2026-11-29').url).toBe('/api/exports/fhir');
  });
});

describe('downloading an export', () => {
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );

  it('sends the bearer token and returns the file byte for byte (the BOM spreadsheets need kept)', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fake: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization') });
      return new Response('\ufeffrecordId,fullName\r\n', { headers: { 'Content-Type': 'text/csv' } });
    };
    const blob = await fetchExport('/api/exports/patients.csv?region=mwanza', 'tok-1', { fetch: fake });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await blob.text()).toBe('recordId,fullName\r\n');
    expect(seen).toEqual([{ url: '/api/exports/patients.csv?region=mwanza', auth: 'Bearer tok-1' }]);
  });

  it("passes on the server's reason for refusing, with the kind of refusal", async () => {
    const refuse = (status: number, body: unknown) => async () => Response.json(body, { status });
    const bad = await failure(
      fetchExport('/x', 't', {
        fetch: refuse(400, { error: 'bad_request', message: 'surgeonId is not a filter of patients.' }),
      }),
    );
    expect(bad).toBeInstanceOf(SyncError);
    expect(bad).toMatchObject({ kind: 'bad-request', message: 'surgeonId is not a filter of patients.' });
    const signedOut = await failure(
      fetchExport('/x', 't', { fetch: refuse(401, { error: 'unauthorized' }) }),
    );
    expect(signedOut).toMatchObject({ kind: 'signed-out', status: 401 });
    const forbidden = await failure(fetchExport('/x', 't', { fetch: refuse(403, {}) }));
    expect(forbidden).toMatchObject({ kind: 'forbidden' });
  });

  it('tells no answer apart from a refusal', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await failure(fetchExport('/x', 't', { fetch: offline }))).toMatchObject({ kind: 'offline' });
  });

  it('reports a file that broke off part-way instead of returning it short', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('recordId\r\n'));
        controller.error(new Error('connection reset'));
      },
    });
    const fake: typeof fetch = async () => new Response(broken);
    expect(await failure(fetchExport('/x', 't', { fetch: fake }))).toMatchObject({ kind: 'server' });
  });
});
