import { auditLog } from '@registry/db-schema';
import { type PulledVersion, pulledVersionSchema } from '@registry/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendVersions } from '../../sync/append-versions';
import { parseCursor } from '../../sync/cursor';
import type { testApp } from '../../test-support/test-app';
import type { TestDatabase } from '../../test-support/test-database';
import { testDevice } from '../../test-support/version-factory';
import { type ExportRegistry, openExportRegistry } from '../export-test-registry';

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let registry: ExportRegistry;
beforeAll(async () => {
  ({ test, app, registry } = await openExportRegistry());
});
afterAll(() => test?.drop());

async function page(query: string) {
  const response = await app.request(`/api/exports/versions.ndjson${query}`, {
    headers: registry.users.coordinator.headers,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
  const text = await response.text();
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  return {
    versions: lines.map((line) => pulledVersionSchema.parse(JSON.parse(line))),
    next: response.headers.get('x-next-cursor') ?? '',
    more: response.headers.get('x-more'),
  };
}

async function importAll(cursor: string, limit: number, query = '') {
  const got: PulledVersion[] = [];
  let calls = 0;
  for (;;) {
    const result = await page(`?after=${encodeURIComponent(cursor)}&limit=${limit}${query}`);
    calls += 1;
    got.push(...result.versions);
    cursor = result.next;
    expect(result.versions.length).toBeLessThanOrEqual(limit);
    if (result.more === 'false') return { got, cursor, calls };
    expect(result.more).toBe('true');
  }
}

describe('GET /api/exports/versions.ndjson', () => {
  it('pages through every version exactly once, in seq order, in the wire shape of a pull', async () => {
    const { got, calls } = await importAll('', 5);
    expect(got).toHaveLength(registry.versionCount);
    expect(calls).toBe(4);
    const seqs = got.map((v) => v.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(got.map((v) => v.versionId)).size).toBe(registry.versionCount);
    const amina = got.find((v) => v.versionId === registry.patients.amina.versionId);
    expect(amina).toMatchObject({ ...registry.patients.amina, receivedAt: '2026-01-05T09:00:00.000Z' });
  });

  it('lets a downstream system ask only for what is new since its watermark', async () => {
    const { cursor } = await importAll('', 1000);
    const empty = await page(`?after=${cursor}`);
    expect(empty).toEqual({ versions: [], next: cursor, more: 'false' });
    const newcomer = testDevice(registry.users.coordinator.user).patient(
      registry.hospitals.ukerewe.id,
      'Arrived later',
    );
    await appendVersions(test.db, [newcomer], new Date());
    const fresh = await page(`?after=${cursor}`);
    expect(fresh.versions.map((v) => v.versionId)).toEqual([newcomer.versionId]);
    expect(fresh.more).toBe('false');
  });

  it('filters by hospital', async () => {
    const { got } = await importAll('', 3, `&hospitalId=${registry.hospitals.ukerewe.id}`);
    expect(got.length).toBeGreaterThanOrEqual(5);
    expect(
      got.every(
        (v) =>
          v.data.registeredHospitalId === registry.hospitals.ukerewe.id ||
          v.data.hospitalId === registry.hospitals.ukerewe.id,
      ),
    ).toBe(true);
  });

  it('starts at the beginning with no cursor, uses the sync cursor encoding, and refuses garbage', async () => {
    const first = await page('?limit=2');
    expect(parseCursor(first.next).seq).toBe(first.versions[1]?.seq ?? -1);
    const bad = await app.request('/api/exports/versions.ndjson?after=not-a-cursor', {
      headers: registry.users.coordinator.headers,
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: 'bad_request',
      message: expect.stringContaining('cursor'),
    });
    const tooMany = await app.request('/api/exports/versions.ndjson?limit=100000', {
      headers: registry.users.coordinator.headers,
    });
    expect(tooMany.status).toBe(400);
  });

  it('is audited with the range it returned', async () => {
    await page('?limit=3');
    const [entry] = (
      await test.db.select().from(auditLog).where(eq(auditLog.subject, 'versions.ndjson'))
    ).slice(-1);
    expect(entry).toMatchObject({
      action: 'export',
      detail: { kind: 'versions.ndjson', filters: { after: 0, last: 3, limit: 3 } },
    });
  });
});
