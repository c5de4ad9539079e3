import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { auditLog } from '@registry/db-schema';
import { type PulledVersion, pulledVersionSchema } from '@registry/domain';
import { asc, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportRegistry, seedExportRegistry, TRICKY_NAMES } from '../../exports/export-test-registry';
import type { Bundle } from '../../exports/fhir/fhir-types';
import { makeTempDir } from '../../test-support/temp-dir';
import { testApp } from '../../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database';
import type { CliIo } from '../command';
import { runCli } from '../run-cli';
import { commands } from '.';
import { exportCommandTo } from './export';

let test: TestDatabase;
let registry: ExportRegistry;
const dataDir = makeTempDir();
/** Where the operator typed the command (pnpm's INIT_CWD): a relative --out is written here. */
const workDir = makeTempDir();
beforeAll(async () => {
  test = await createTestDatabase();
  registry = await seedExportRegistry(test.db);
});
afterAll(async () => {
  await test?.drop();
  dataDir.remove();
  workDir.remove();
});

/** What a pipe would receive; `breakAfter` makes it act like `| head`, going away after that many writes. */
function sink(breakAfter = Number.POSITIVE_INFINITY) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (chunks.length >= breakAfter) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        return;
      }
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join(''), writes: () => chunks.length };
}

async function cli(argv: string[], stdout = sink()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {
      DATABASE_URL: test.url,
      DATA_DIR: dataDir.path,
      LOG_LEVEL: 'silent',
      USER: 'ops',
      INIT_CWD: workDir.path,
    },
  };
  const code = await runCli(['export', ...argv], [exportCommandTo(() => stdout.stream)], io);
  return { code, out, err, stdout: stdout.text() };
}

/** The same export through the API, as a coordinator. */
async function api(path: string): Promise<string> {
  const response = await testApp(test.db).request(`/api/exports/${path}`, {
    headers: registry.users.coordinator.headers,
  });
  expect(response.status).toBe(200);
  // Keep the byte order mark (response.text() drops it): the comparison is byte for byte.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const cliAudits = async () =>
  (
    await test.db.select().from(auditLog).where(eq(auditLog.action, 'export')).orderBy(asc(auditLog.id))
  ).filter((row) => row.detail?.via === 'cli');

describe('pnpm cli export', () => {
  it('is one of the commands', () => {
    expect(commands.map((command) => command.name)).toContain('export');
  });

  it('writes a CSV to a file that round-trips through papaparse, byte for byte what the API gives', async () => {
    const run = await cli(['--format', 'csv', '--type', 'patients', '--out', 'patients.csv']);
    const path = join(workDir.path, 'patients.csv');
    expect(run).toEqual({ code: 0, out: [`Wrote the patients.csv export to ${path}.`], err: [], stdout: '' });
    const text = readFileSync(path, 'utf8');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(4);
    const names = rows.map((row) => row.fullName);
    for (const name of Object.values(TRICKY_NAMES)) expect(names).toContain(name);
    expect(rows.find((row) => row.recordId === registry.patients.amina.entityId)).toMatchObject({
      fullName: TRICKY_NAMES.quoted,
      phone1: '+255 712 345 678',
    });
    expect(text).toBe(await api('patients.csv'));
  });

  it('applies the filters as the API does, with a hospital given by name or id', async () => {
    const { kibaha, ukerewe } = registry.hospitals;
    const byName = await cli(['--format', 'csv', '--type', 'episodes', '--hospital', 'ukerewe CAMP']);
    expect(byName.code).toBe(0);
    expect(parseCsv(byName.stdout).map((row) => row.recordId)).toEqual([
      registry.episodes.ukereweSurgery.entityId,
    ]);
    expect(byName.stdout).toBe(await api(`episodes.csv?hospitalId=${ukerewe.id}`));

    const filtered = await cli([
      '--format',
      'csv',
      '--type',
      'episodes',
      '--hospital',
      kibaha.id,
      '--episode-type',
      'surgery',
      '--from',
      '2026-01-01',
      '--to',
      '2026-03-31',
      '--include-deleted',
    ]);
    expect(filtered.code).toBe(0);
    expect(filtered.stdout).toBe(
      await api(
        `episodes.csv?hospitalId=${kibaha.id}&type=surgery&from=2026-01-01&to=2026-03-31&includeDeleted=true`,
      ),
    );
    expect(
      parseCsv(filtered.stdout)
        .map((row) => row.recordId)
        .sort(),
    ).toEqual([registry.episodes.surgery.entityId, registry.episodes.deletedSurgery.entityId].sort());
  });

  it('pages through the versions with --after and --limit, each once, keeping stdout pure NDJSON', async () => {
    const got: PulledVersion[] = [];
    let cursor = '';
    let calls = 0;
    for (;;) {
      const run = await cli(['--format', 'ndjson', '--limit', '5', ...(cursor ? ['--after', cursor] : [])]);
      calls += 1;
      expect(run.code).toBe(0);
      expect(run.out).toEqual([]);
      const lines = run.stdout === '' ? [] : run.stdout.replace(/\n$/, '').split('\n');
      expect(lines.length).toBeLessThanOrEqual(5);
      got.push(...lines.map((line) => pulledVersionSchema.parse(JSON.parse(line))));
      expect(run.err).toHaveLength(1);
      const [, next, more] = /^next cursor: (\S+) \(more: (true|false)\)$/.exec(run.err[0] ?? '') ?? [];
      expect(next).toBeTruthy();
      cursor = next ?? '';
      if (more === 'false') break;
      expect(more).toBe('true');
    }
    expect(calls).toBe(4);
    expect(got).toHaveLength(registry.versionCount);
    expect(new Set(got.map((version) => version.versionId)).size).toBe(registry.versionCount);
    const seqs = got.map((version) => version.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    // The watermark: nothing new, nothing written, the same cursor back.
    const again = await cli(['--format', 'ndjson', '--after', cursor]);
    expect(again).toEqual({ code: 0, out: [], err: [`next cursor: ${cursor} (more: false)`], stdout: '' });

    const ukerewe = await cli(['--format', 'ndjson', '--hospital', 'Ukerewe camp']);
    const scoped = ukerewe.stdout.trim().split('\n');
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.length).toBeLessThan(registry.versionCount);
    expect(ukerewe.stdout).toBe(await api(`versions.ndjson?hospitalId=${registry.hospitals.ukerewe.id}`));
  });

  it('writes the FHIR Bundle, with the entries the API gives', async () => {
    const run = await cli(['--format', 'fhir', '--out', join(workDir.path, 'bundle.json')]);
    expect(run.code).toBe(0);
    const bundle = JSON.parse(readFileSync(join(workDir.path, 'bundle.json'), 'utf8')) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const viaApi = JSON.parse(await api('fhir')) as Bundle;
    expect(bundle.entry).toEqual(viaApi.entry);
    expect(bundle.entry?.length).toBeGreaterThan(0);
  });

  it.each([
    [['--type', 'patients'], 2, /^export: --format is required\. Usage: pnpm cli export --format /],
    [['--format', 'xml'], 2, /^export: Unknown format "xml": use one of csv, ndjson, fhir\. Usage:/],
    [['--format', 'csv'], 2, /^export: --format csv needs --type patients\|episodes\|event-logs\. Usage:/],
    [
      ['--format', 'csv', '--type', 'people'],
      2,
      /^export: Unknown type "people": use one of patients, episodes, event-logs\. Usage:/,
    ],
    [
      ['--format', 'csv', '--type', 'patients', '--from', '2026-13-01'],
      2,
      /^export: from must be a date written YYYY-MM-DD\. Usage:/,
    ],
    [
      ['--format', 'fhir', '--from', '2026-03-01', '--to', '2026-01-01'],
      2,
      /^export: from must not be after to\. Usage:/,
    ],
    [
      ['--format', 'fhir', '--episode-type', 'dentistry'],
      2,
      /^export: type must be one of surgery, discharge, followUp\. Usage:/,
    ],
    [
      ['--format', 'csv', '--type', 'patients', '--episode-type', 'surgery'],
      2,
      /^export: --episode-type applies to --type episodes only\. Usage:/,
    ],
    [
      ['--format', 'csv', '--type', 'patients', '--surgeon', '0192f4c1-0000-7000-8000-000000000001'],
      2,
      /^export: --surgeon applies to --type episodes only\. Usage:/,
    ],
    [
      ['--format', 'csv', '--type', 'event-logs', '--conflict', 'only'],
      2,
      /^export: conflict filters patients and episodes, not log entries\. Usage:/,
    ],
    [
      ['--format', 'fhir', '--completeness', 'partly'],
      2,
      /^export: completeness must be complete or incomplete\. Usage:/,
    ],
    [
      ['--format', 'csv', '--type', 'patients', '--limit', '5'],
      2,
      /^export: --limit does not apply to --format csv\./,
    ],
    [
      ['--format', 'ndjson', '--from', '2026-01-01'],
      2,
      /^export: --from does not apply to --format ndjson\./,
    ],
    [['--format', 'fhir', '--type', 'patients'], 2, /^export: --type does not apply to --format fhir\./],
    [['--format', 'ndjson', '--limit', '0'], 2, /^export: The limit must be at least 1\. Usage:/],
    [['--format', 'ndjson', '--after', 'made-up'], 2, /^export: The cursor is not one this server made\./],
    [['--format', 'fhir', '--force'], 2, /^export: --force goes with --out\. Usage:/],
    [['--format', 'fhir', '--fromm', '2026-01-01'], 2, /^export: Unknown option '--fromm'/],
    [
      ['--format', 'csv', '--type', 'patients', '--hospital', 'Nowhere'],
      1,
      /^There is no hospital named "Nowhere"\.$/,
    ],
  ])('refuses bad arguments in one line without a stack: %j', async (argv, code, message) => {
    const before = (await cliAudits()).length;
    const run = await cli(argv);
    expect(run.code).toBe(code);
    expect(run.out).toEqual([]);
    expect(run.stdout).toBe('');
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
    expect(run.err[0]).not.toMatch(/\n\s+at /);
    expect(await cliAudits()).toHaveLength(before);
  });

  it('refuses to overwrite a file unless --force', async () => {
    const path = join(workDir.path, 'kept.csv');
    writeFileSync(path, 'precious');
    const refused = await cli(['--format', 'csv', '--type', 'event-logs', '--out', 'kept.csv']);
    expect(refused).toEqual({
      code: 1,
      out: [],
      err: [`${path} already exists; add --force to overwrite it.`],
      stdout: '',
    });
    expect(readFileSync(path, 'utf8')).toBe('precious');
    const forced = await cli(['--format', 'csv', '--type', 'event-logs', '--out', 'kept.csv', '--force']);
    expect(forced.code).toBe(0);
    expect(parseCsv(readFileSync(path, 'utf8'))).toHaveLength(2);
  });

  it('stops reading quietly when the reader goes away (| head)', async () => {
    const run = await cli(['--format', 'ndjson', '--limit', '10000'], sink(0));
    expect(run).toMatchObject({ code: 0, out: [], err: [] });
  });

  it('audits every export it ran as the cli, with its kind and filters', async () => {
    const rows = await cliAudits();
    expect(rows.every((row) => row.actorId === null && row.actorUsername === 'cli')).toBe(true);
    expect(rows.every((row) => row.outcome === 'ok' && row.subject === row.detail?.kind)).toBe(true);
    expect(rows.map((row) => row.detail?.kind)).toEqual([
      'patients.csv',
      'episodes.csv',
      'episodes.csv',
      'versions.ndjson',
      'versions.ndjson',
      'versions.ndjson',
      'versions.ndjson',
      'versions.ndjson',
      'versions.ndjson',
      'fhir',
      'event-logs.csv',
      'versions.ndjson',
    ]);
    expect(rows[2]?.detail).toEqual({
      kind: 'episodes.csv',
      filters: {
        hospitalId: registry.hospitals.kibaha.id,
        from: '2026-01-01',
        to: '2026-03-31',
        type: 'surgery',
        includeDeleted: true,
      },
      via: 'cli',
      osUser: 'ops',
    });
    expect(rows[3]?.detail).toMatchObject({ kind: 'versions.ndjson', filters: { after: 0, limit: 5 } });
  });
  it('takes the review filters as the API does', async () => {
    const surgeonId = registry.users.surgeon.user.id;
    const run = await cli([
      '--format',
      'csv',
      '--type',
      'episodes',
      '--region',
      'pwani',
      '--surgeon',
      surgeonId,
      '--completeness',
      'incomplete',
      '--conflict',
      'none',
    ]);
    expect(run.code).toBe(0);
    expect(parseCsv(run.stdout).map((row) => row.recordId)).toEqual([registry.episodes.surgery.entityId]);
    expect(run.stdout).toBe(
      await api(`episodes.csv?region=pwani&surgeonId=${surgeonId}&completeness=incomplete&conflict=none`),
    );
  });
});
