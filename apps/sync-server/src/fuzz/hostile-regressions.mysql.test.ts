import type { Server } from 'node:http';
import { auditLog, hospitals, users as usersTable, versions } from '@registry/db-schema';
import type { PushResponse, Version } from '@registry/domain';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { listenHttp } from '../serve/listen-http';
import {
  type SignedInUser,
  signedInUser,
  testAuthOptions,
  testHospital,
} from '../test-support/auth-fixtures';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { unusedPort } from '../test-support/unused-port';
import { testDevice } from '../test-support/version-factory';
import { rawExchange, requestHead } from './raw-http';
import { capturedLogger, serverFaults } from './route-fixtures';

// The smallest reproduction of each failure the fuzz suites found, kept as plain examples so that each
// stays fixed whatever the fuzzers happen to draw. Each answered 500 (or broke a promise of SYNC.md).

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let hospitalId: string;
let admin: SignedInUser;
let coordinator: SignedInUser;

beforeAll(async () => {
  test = await createTestDatabase();
  app = testApp(test.db);
  hospitalId = (await testHospital(test.db)).id;
  admin = await signedInUser(test.db, { role: 'admin' });
  coordinator = await signedInUser(test.db, { role: 'coordinator' });
});
afterAll(async () => {
  await test?.drop();
});

/** GET without a body, POST with one, unless the method is given ("PATCH /api/…"). */
const send = (user: SignedInUser, target: string, body?: string, extra: Record<string, string> = {}) => {
  const [method, path] = target.includes(' ')
    ? target.split(' ')
    : [body === undefined ? 'GET' : 'POST', target];
  return app.request(path ?? target, {
    method,
    headers: { ...user.headers, ...extra },
    ...(body === undefined ? {} : { body }),
  });
};
const push = (user: SignedInUser, list: readonly unknown[]) =>
  send(user, '/api/sync/push', JSON.stringify({ deviceId: 'phone', versions: list }));
const stored = async (ids: string[]) =>
  (
    await test.db.select({ id: versions.versionId }).from(versions).where(inArray(versions.versionId, ids))
  ).map((r) => r.id);
const device = () => testDevice({ id: coordinator.user.id });

describe('hostile input that used to answer 500', () => {
  it('half a surrogate pair in a record is refused with a reason, not a 500 from the JSON column check', async () => {
    const v = device().patient(hospitalId, 'Amina \ud83d');
    const response = await push(coordinator, [v]);
    expect(response.status).toBe(200);
    const body = (await response.json()) as PushResponse;
    expect(body.rejected[0]?.reason).toMatch(/broken character/);
    expect(await stored([v.versionId])).toEqual([]);
  });

  it('half a surrogate pair in a version’s device id is a 400 (stored, it came back as U+FFFD and a retry clashed)', async () => {
    const response = await push(coordinator, [{ ...device().patient(hospitalId), deviceId: 'phone\udc00' }]);
    expect(response.status).toBe(400);
  });

  it('createdAt longer than its column and schema beyond INT are 400s, in words', async () => {
    const long = { ...device().patient(hospitalId), createdAt: `2026-01-01T00:00:00.${'1'.repeat(40)}Z` };
    expect((await push(coordinator, [long])).status).toBe(400);
    const huge = await push(coordinator, [{ ...device().patient(hospitalId), schema: 2 ** 31 }]);
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as { message: string }).message).toBe(
      'The schema must be at most 2147483647.',
    );
  });

  it('record data nested thousands deep is a 400, not a stack overflow', async () => {
    const v = device().patient(hospitalId, 'Deep', { notes: '@' });
    const text = JSON.stringify({ deviceId: 'phone', versions: [v] }).replace(
      '"@"',
      `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    );
    const response = await send(coordinator, '/api/sync/push', text);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/levels deep/);
  });

  it('a non-ASCII id in an admin path is a 404 (compared with the ascii id column it was an SQL error)', async () => {
    for (const path of [
      '/api/admin/users/%C2%A0/deactivate',
      '/api/admin/users/%C3%A9/password',
      '/api/admin/hospitals/%F0%9F%98%80/reactivate',
    ]) {
      const response = await send(admin, path, JSON.stringify({ password: 'a long enough password' }));
      expect(response.status, path).toBe(404);
    }
    expect((await send(admin, 'PATCH /api/admin/hospitals/%C3%A9', '{"region":"x"}')).status).toBe(404);
    expect((await send(admin, '/api/admin/audit?actor=%C3%A9')).status).toBe(200);
  });

  it('an audit filter date that matches the pattern but is no date (2026-13-45) is a 400', async () => {
    expect((await send(admin, '/api/admin/audit?from=2026-13-45')).status).toBe(400);
    expect((await send(admin, '/api/admin/audit?to=2026-13-45')).status).toBe(400);
  });

  it('device headers beyond what the devices table holds are ignored, not a failed upsert', async () => {
    for (const [header, value] of [
      ['X-Pending-Versions', '9007199254740991'],
      ['X-Pending-Versions', '2147483648'],
      ['X-Oldest-Pending-At', '+010000-01-01T00:00:00Z'],
      ['X-Oldest-Pending-At', '0999-12-31T00:00:00Z'],
    ] as const) {
      const response = await send(coordinator, '/api/sync/pull', undefined, {
        'X-Device-Id': 'tablet',
        [header]: value,
      });
      expect(response.status, `${header}: ${value}`).toBe(200);
    }
  });

  it('text a client typed is logged even with half a surrogate pair (the audit detail is JSON too)', async () => {
    const created = await send(
      admin,
      '/api/admin/users',
      JSON.stringify({
        username: 'lone-half',
        fullName: 'Half \ud800',
        password: 'a long enough password',
        role: 'surgeon',
      }),
    );
    expect(created.status).toBe(201);
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'nobody', password: 'wrong', deviceId: '\udc00' }),
    });
    expect(login.status).toBe(401);
    const [entry] = await test.db.select().from(auditLog).where(eq(auditLog.actorUsername, 'nobody'));
    expect(entry?.detail).toEqual({ reason: 'unknown username', deviceId: '\ufffd' });
    const [user] = await test.db.select().from(usersTable).where(eq(usersTable.username, 'lone-half'));
    expect(user).toBeDefined();
  });
});

describe('push answers that broke the protocol', () => {
  it('a held version and another with its id in one push: listed once, as refused (was duplicate AND rejected)', async () => {
    const v = device().patient(hospitalId);
    await push(coordinator, [v]);
    const clash: Version = { ...v, data: { ...v.data, notes: 'different' } };
    const body = (await (await push(coordinator, [v, clash])).json()) as PushResponse;
    expect(body).toEqual({
      accepted: [],
      duplicate: [],
      rejected: [{ versionId: v.versionId, reason: expect.stringMatching(/two different versions/) }],
    });
  });

  it('a retry racing its original never refuses the create the original stored (was "a second first version")', async () => {
    // Several copies at once widen the window in which one reads between another's commit and its own.
    for (let round = 0; round < 8; round++) {
      const batch = Array.from({ length: 10 }, () => device().patient(hospitalId));
      const responses = await Promise.all(Array.from({ length: 6 }, () => push(coordinator, batch)));
      const answers = (await Promise.all(responses.map((r) => r.json()))) as PushResponse[];
      for (const answer of answers) expect(answer.rejected).toEqual([]);
      for (const v of batch) {
        expect(answers.filter((a) => a.accepted.includes(v.versionId))).toHaveLength(1);
      }
    }
  });
});

describe('requests cut off or refused before the app, over a real socket', () => {
  let server: Server;
  let port: number;
  const log = capturedLogger();
  beforeAll(async () => {
    const served = createApp({
      db: test.db,
      logger: log.logger,
      version: 'test',
      webDist: '',
      auth: testAuthOptions(),
    });
    port = await unusedPort();
    await new Promise<void>((listening) => {
      server = listenHttp(served.fetch, { port, hostname: '127.0.0.1' }, () => listening());
    });
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((closed) => server?.close(closed));
  });
  const head = (target: string, headers: Record<string, string | number>) =>
    requestHead('POST', target, {
      Authorization: `Bearer ${admin.token}`,
      'Content-Type': 'application/json',
      ...headers,
    });
  /** The request log line of `path` once the app has answered it (the client has already gone). */
  const logged = async (path: string, from: number) => {
    for (let waited = 0; waited < 5_000; waited += 10) {
      const line = log.lines.slice(from).find((l) => l.msg === 'request' && l.path === path);
      if (line) return line;
      await new Promise((r) => setTimeout(r, 10));
    }
    return undefined;
  };

  it('a push whose client hangs up mid-body is a 400 in the log, not an unhandled error and a 500', async () => {
    const v = device().patient(hospitalId);
    const body = JSON.stringify({ deviceId: 'phone', versions: [v] });
    const from = log.lines.length;
    const answer = await rawExchange(port, {
      pieces: [head('/api/sync/push', { 'Content-Length': Buffer.byteLength(body) + 1_000 }), body, ''],
      gapMs: 50,
      finish: 'destroy',
    });
    expect(answer.status).toBeUndefined();
    expect((await logged('/api/sync/push', from))?.status).toBe(400);
    expect(serverFaults(log.lines.slice(from))).toEqual([]);
    expect(await stored([v.versionId])).toEqual([]);
  });

  it('headers past 16 KB and text that is not HTTP are refused in JSON {error, message} (Node sent no body)', async () => {
    const tooLarge = await rawExchange(port, {
      pieces: [requestHead('GET', '/api/health', { 'X-Padding': 'x'.repeat(20 * 1024) })],
    });
    expect(tooLarge.status).toBe(431);
    expect(JSON.parse(tooLarge.body)).toEqual({
      error: 'too_large',
      message: expect.stringMatching(/16 KB/),
    });
    const notHttp = await rawExchange(port, { pieces: ['HELLO\r\n\r\n'] });
    expect(notHttp.status).toBe(400);
    expect(JSON.parse(notHttp.body)).toEqual({
      error: 'bad_request',
      message: expect.stringMatching(/HTTP/),
    });
  });

  it('a request that needs no body, whose promised body never comes, is not answered "400" after it was done', async () => {
    const target = await testHospital(test.db);
    const path = `/api/admin/hospitals/${target.id}/deactivate`;
    const from = log.lines.length;
    const answer = await rawExchange(port, {
      pieces: [head(path, { 'Content-Length': 1_000 }), '{"x":'],
      finish: 'end',
    });
    expect((await logged(path, from))?.status).toBe(200);
    const [row] = await test.db.select().from(hospitals).where(eq(hospitals.id, target.id));
    // The app acted on the headers alone (the route reads no body): the client hears that, or nothing.
    expect(row?.active).toBe(false);
    expect([undefined, 200]).toContain(answer.status);
  });
});
