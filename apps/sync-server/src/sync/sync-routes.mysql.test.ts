import { auditLog, devices } from '@registry/db-schema';
import { PUSH_LIMITS, type PullResponse, type PushResponse, type Version } from '@registry/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { testDevice } from '../test-support/version-factory';

const json = async <T = { message: string }>(res: Response) => (await res.json()) as T;

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let surgeon: SignedInUser;
let hospitalId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  app = testApp(test.db);
  hospitalId = (await testHospital(test.db)).id;
  surgeon = await signedInUser(test.db, { role: 'surgeon', hospitalIds: [hospitalId] });
});
afterAll(async () => {
  await test?.drop();
});

const push = (user: SignedInUser | undefined, body: unknown, query = '') =>
  app.request(`/api/sync/push${query}`, {
    method: 'POST',
    headers: user ? user.headers : { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const pull = (user: SignedInUser, query: string, headers: Record<string, string> = {}) =>
  app.request(`/api/sync/pull${query}`, { headers: { ...user.headers, ...headers } });

describe('POST /api/sync/push', () => {
  it('accepts a push, then reports the same push as duplicate', async () => {
    const v = testDevice({ id: surgeon.user.id }).patient(hospitalId, 'Zawadi Kimaro');
    const first = await push(surgeon, { deviceId: 'phone-1', versions: [v] });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: [v.versionId], duplicate: [], rejected: [] });
    const again = await push(surgeon, { deviceId: 'phone-1', versions: [v] });
    expect(await again.json()).toEqual({ accepted: [], duplicate: [v.versionId], rejected: [] });
  });

  it('refuses a version signed by someone else, with a reason', async () => {
    const other = testDevice({ id: '0192f4c1-0000-7000-8000-000000000001' }).patient(hospitalId);
    const body = await json<PushResponse>(await push(surgeon, { deviceId: 'phone-1', versions: [other] }));
    expect(body.rejected[0]?.reason).toMatch(/another user/);
  });

  it('answers 401 without a token and 400 for malformed or unknown input, never 500', async () => {
    expect((await push(undefined, { deviceId: 'x', versions: [] })).status).toBe(401);
    const malformed = await push(surgeon, '{"deviceId": "x", "versions": [');
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).message).toMatch(/not valid JSON/);
    const unknownField = await push(surgeon, { deviceId: 'x', versions: [], extra: 1 });
    expect(unknownField.status).toBe(400);
    const wrongType = await push(surgeon, { deviceId: 'x', versions: [{ versionId: 42 }] });
    expect(wrongType.status).toBe(400);
    const hostile = await push(surgeon, {
      deviceId: "'; DROP TABLE versions; --",
      versions: 'x'.repeat(100),
    });
    expect(hostile.status).toBe(400);
  });

  it('answers 413 above the count or size limit, naming the limit', async () => {
    const device = testDevice({ id: surgeon.user.id });
    const many = Array.from({ length: PUSH_LIMITS.maxVersions + 1 }, () => device.patient(hospitalId));
    const tooMany = await push(surgeon, { deviceId: 'x', versions: many });
    expect(tooMany.status).toBe(413);
    expect((await json(tooMany)).message).toContain(String(PUSH_LIMITS.maxVersions));
    const big: Version = device.patient(hospitalId, 'Big', { notes: 'x'.repeat(PUSH_LIMITS.maxBytes) });
    expect((await push(surgeon, { deviceId: 'x', versions: [big] })).status).toBe(413);
  });

  it('lets only admins import a device file', async () => {
    expect((await push(surgeon, { deviceId: 'x', versions: [] }, '?import=1')).status).toBe(403);
  });

  it('writes the push to the audit log and remembers the device', async () => {
    const v = testDevice({ id: surgeon.user.id }).patient(hospitalId);
    const res = await app.request('/api/sync/push', {
      method: 'POST',
      headers: { ...surgeon.headers, 'X-App-Version': '1.2.3', 'X-Pending-Versions': '4' },
      body: JSON.stringify({ deviceId: 'phone-audit', versions: [v] }),
    });
    expect(res.status).toBe(200);
    const [device] = await test.db.select().from(devices).where(eq(devices.deviceId, 'phone-audit'));
    expect(device).toMatchObject({ userId: surgeon.user.id, appVersion: '1.2.3', pendingVersions: 4 });
    const entries = await test.db.select().from(auditLog).where(eq(auditLog.action, 'sync.push'));
    expect(entries.some((e) => e.subject === 'device:phone-audit' && e.outcome === 'ok')).toBe(true);
  });
});

describe('GET /api/sync/pull', () => {
  it('pages through what the user may see', async () => {
    const res = await pull(surgeon, '?limit=1');
    expect(res.status).toBe(200);
    const page = await json<PullResponse>(res);
    expect(page.versions).toHaveLength(1);
    expect(page.more).toBe(true);
    const next = await json<PullResponse>(
      await pull(surgeon, `?cursor=${encodeURIComponent(page.cursor)}&limit=1000`),
    );
    expect(next.versions.map((v: Version) => v.versionId)).not.toContain(page.versions[0]?.versionId);
  });

  it('answers 400 for a cursor it did not make and for a limit out of range', async () => {
    const bad = await pull(surgeon, '?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expect((await json(bad)).message).toMatch(/empty cursor/);
    expect((await pull(surgeon, '?limit=0')).status).toBe(400);
    expect((await pull(surgeon, '?limit=999999')).status).toBe(400);
    expect((await pull(surgeon, '?limit=abc')).status).toBe(400);
    expect((await pull(surgeon, '?bogus=1')).status).toBe(400);
  });
});
