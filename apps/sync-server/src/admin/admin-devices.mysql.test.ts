import { auditLog } from '@registry/db-schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDevicesEnvelope } from '../openapi/response-schemas';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { jsonOf } from '../test-support/response-json';
import { testApp } from '../test-support/test-app';
import { testClock } from '../test-support/test-clock';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { testDevice } from '../test-support/version-factory';

const HOUR = 3_600_000;

describe('GET /api/admin/devices', () => {
  let test: TestDatabase;
  const clock = testClock(new Date('2026-03-01T08:00:00.000Z'));
  let app: ReturnType<typeof testApp>;
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let surgeon: SignedInUser;
  beforeAll(async () => {
    test = await createTestDatabase();
    app = testApp(test.db, { now: clock.now });
    const hospital = await testHospital(test.db);
    admin = await signedInUser(test.db, { role: 'admin' });
    coordinator = await signedInUser(test.db, { role: 'coordinator', fullName: 'Neema Mushi' });
    surgeon = await signedInUser(test.db, {
      role: 'surgeon',
      hospitalIds: [hospital.id],
      fullName: 'Dr. Baraka Kweka',
    });

    // The tablet pushes with three versions still waiting, then an hour later the phone pulls...
    const pushed = await app.request('/api/sync/push', {
      method: 'POST',
      headers: {
        ...surgeon.headers,
        'X-App-Version': '1.4.0',
        'X-Pending-Versions': '3',
        'X-Oldest-Pending-At': '2026-02-27T06:15:00.000Z',
      },
      body: JSON.stringify({
        deviceId: 'tablet-1',
        versions: [testDevice(surgeon.user).patient(hospital.id)],
      }),
    });
    expect(pushed.status).toBe(200);
    clock.advance(HOUR);
    const phone = await app.request('/api/sync/pull', {
      headers: { ...coordinator.headers, 'X-Device-Id': 'phone-2', 'X-App-Version': '1.5.0' },
    });
    expect(phone.status).toBe(200);
    // ...and an hour after that the tablet pulls, saying nothing new about itself.
    clock.advance(HOUR);
    const tablet = await app.request('/api/sync/pull', {
      headers: { ...surgeon.headers, 'X-Device-Id': 'tablet-1' },
    });
    expect(tablet.status).toBe(200);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('lists every device with what it last reported, the most recently heard from first', async () => {
    const response = await app.request('/api/admin/devices', { headers: admin.headers });
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    expect(adminDevicesEnvelope.parse(body)).toEqual(body);
    expect(body).toEqual({
      devices: [
        {
          deviceId: 'tablet-1',
          user: { id: surgeon.user.id, username: surgeon.user.username, fullName: 'Dr. Baraka Kweka' },
          appVersion: '1.4.0',
          lastContactAt: '2026-03-01T10:00:00.000Z',
          lastPushAt: '2026-03-01T08:00:00.000Z',
          lastPullAt: '2026-03-01T10:00:00.000Z',
          pendingVersions: 3,
          oldestPendingAt: '2026-02-27T06:15:00.000Z',
        },
        {
          deviceId: 'phone-2',
          user: { id: coordinator.user.id, username: coordinator.user.username, fullName: 'Neema Mushi' },
          appVersion: '1.5.0',
          lastContactAt: '2026-03-01T09:00:00.000Z',
          lastPushAt: null,
          lastPullAt: '2026-03-01T09:00:00.000Z',
          pendingVersions: 0,
          oldestPendingAt: null,
        },
      ],
    });
  });

  it('shows the work a device no longer holds once it says so, and who signed in on it last', async () => {
    clock.advance(HOUR);
    // As the web app reports an empty outbox: a count of 0 and no oldest.
    const pulled = await app.request('/api/sync/pull', {
      headers: { ...coordinator.headers, 'X-Device-Id': 'tablet-1', 'X-Pending-Versions': '0' },
    });
    expect(pulled.status).toBe(200);
    const { devices } = await jsonOf(await app.request('/api/admin/devices', { headers: admin.headers }));
    expect(devices[0]).toMatchObject({
      deviceId: 'tablet-1',
      user: { id: coordinator.user.id },
      lastContactAt: '2026-03-01T11:00:00.000Z',
      pendingVersions: 0,
      oldestPendingAt: null,
    });
  });

  it.each([
    ['coordinator', () => coordinator],
    ['surgeon', () => surgeon],
  ])('refuses a %s with 403 and a sentence, and audits the refusal', async (_, who) => {
    const user = who();
    const response = await app.request('/api/admin/devices', { headers: user.headers });
    expect(response.status).toBe(403);
    expect(await jsonOf(response)).toEqual({
      error: 'forbidden',
      message: 'Only admins may see the devices. Ask an admin if it needs doing.',
    });
    const denied = await test.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, user.user.id), eq(auditLog.action, 'access.denied')));
    expect(denied).toEqual([
      expect.objectContaining({
        subject: 'GET /api/admin/devices',
        outcome: 'denied',
        detail: { needs: 'viewDevices', role: user.user.role },
      }),
    ]);
  });
});
