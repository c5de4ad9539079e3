import { devices } from '@registry/db-schema';
import { DATA_SCHEMA_VERSION, editVersion, PROTOCOL_VERSION, softDeleteVersion } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { appendVersions } from '../sync/append-versions';
import { signedInUser, testAuthOptions, testHospital } from '../test-support/auth-fixtures';
import { silentLogger } from '../test-support/silent-logger';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { testDevice } from '../test-support/version-factory';
import type { RegistryStats } from './registry-stats';
import type { ServerStatus } from './server-status';

let test: TestDatabase;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  test = await createTestDatabase();
  app = createApp({
    db: test.db,
    logger: silentLogger(),
    version: '9.9.9-test',
    webDist: '',
    auth: testAuthOptions(),
  });
});
afterAll(async () => {
  await test?.drop();
});

describe('GET /api/version', () => {
  it('tells anyone the server, protocol and data schema versions', async () => {
    const response = await app.request('/api/version');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      version: '9.9.9-test',
      protocolVersion: PROTOCOL_VERSION,
      dataSchemaVersion: DATA_SCHEMA_VERSION,
    });
  });
});

describe('GET /api/status', () => {
  it('says the database is reachable and migrated, with the server time, and nothing secret', async () => {
    const before = Date.now();
    const response = await app.request('/api/status');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ServerStatus;
    expect(body).toMatchObject({ status: 'ok', database: { reachable: true, migrations: 'applied' } });
    expect(Date.parse(body.serverTime)).toBeGreaterThanOrEqual(before - 1000);
    const text = JSON.stringify(body);
    expect(text).not.toContain(test.name);
    expect(text).not.toMatch(/root|127\.0\.0\.1|mysql:/);
  });

  it('says why when the database has not been migrated', async () => {
    const fresh = await createTestDatabase({ migrate: false });
    try {
      const response = await testApp(fresh.db).request('/api/status');
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'degraded',
        database: { migrations: 'pending' },
        reason: expect.stringContaining('migrate'),
      });
    } finally {
      await fresh.drop();
    }
  });
});

describe('GET /api/stats', () => {
  it('is refused without a session (401) and to surgeons (403)', async () => {
    expect((await app.request('/api/stats')).status).toBe(401);
    const surgeon = await signedInUser(test.db, { role: 'surgeon' });
    const response = await app.request('/api/stats', { headers: surgeon.headers });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'forbidden' });
  });

  it('counts records by entity, hospital and state, and versions and devices, for coordinators', async () => {
    const kibaha = await testHospital(test.db, { name: 'Kibaha' });
    const empty = await testHospital(test.db, { name: 'Empty camp' });
    const coordinator = await signedInUser(test.db, { role: 'coordinator' });
    const device = testDevice(coordinator.user);
    const live = device.patient(kibaha.id, 'Live');
    const gone = device.patient(kibaha.id, 'Gone');
    const torn = device.patient(kibaha.id, 'Torn');
    const surgery = device.surgery(live, kibaha.id);
    const versions = [
      live,
      gone,
      torn,
      surgery,
      softDeleteVersion(device.ctx, gone),
      editVersion(device.ctx, torn, { ...torn.data, notes: 'a' }),
      editVersion(device.ctx, torn, { ...torn.data, notes: 'b' }),
    ];
    await appendVersions(test.db, versions, new Date());
    await test.db.insert(devices).values([
      {
        deviceId: 'phone-1',
        userId: coordinator.user.id,
        pendingVersions: 3,
        oldestPendingAt: new Date('2026-02-01T00:00:00Z'),
      },
      { deviceId: 'phone-2', userId: coordinator.user.id },
    ]);

    const admin = await signedInUser(test.db, { role: 'admin' });
    for (const user of [coordinator, admin]) {
      const response = await app.request('/api/stats', { headers: user.headers });
      expect(response.status).toBe(200);
      const stats = (await response.json()) as RegistryStats;
      expect(stats.records).toEqual({
        total: 4,
        live: 3,
        inConflict: 1,
        deleted: 1,
        byEntity: {
          patient: { total: 3, live: 2, inConflict: 1, deleted: 1 },
          episode: { total: 1, live: 1, inConflict: 0, deleted: 0 },
          eventLog: { total: 0, live: 0, inConflict: 0, deleted: 0 },
        },
      });
      expect(stats.byHospital).toEqual(
        expect.arrayContaining([
          {
            hospitalId: kibaha.id,
            hospitalName: 'Kibaha',
            total: 4,
            byEntity: { patient: 3, episode: 1, eventLog: 0 },
          },
          {
            hospitalId: empty.id,
            hospitalName: 'Empty camp',
            total: 0,
            byEntity: { patient: 0, episode: 0, eventLog: 0 },
          },
        ]),
      );
      expect(stats.versions).toEqual({ total: 7, lastSeq: 7 });
      expect(stats.devices).toEqual({
        total: 2,
        withPendingWork: 1,
        pendingVersions: 3,
        oldestPendingAt: '2026-02-01T00:00:00.000Z',
      });
    }
  });
});
