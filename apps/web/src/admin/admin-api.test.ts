import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncError } from '../sync/sync-error';
import { adminApi, auditQuery, localDayEnd, localDayStart, NO_AUDIT_FILTERS } from './admin-api';

const USER_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const HOSPITAL_ID = '01890a5d-ac96-774b-bcce-b302099a8058';
const user = {
  id: USER_ID,
  username: 'amina',
  fullName: 'Dr Amina Juma',
  role: 'surgeon' as const,
  active: true,
  hospitalIds: [HOSPITAL_ID],
  locked: false,
  lockedUntil: null,
  failedLogins: 0,
  createdAt: '2026-01-05T08:00:00.000Z',
};
const newUser = {
  username: 'amina',
  fullName: 'Dr Amina Juma',
  password: 'long enough',
  role: 'surgeon',
  hospitalIds: [HOSPITAL_ID],
} as const;
const hospital = { id: HOSPITAL_ID, name: 'Bugando', region: 'mwanza', active: true };

interface Call {
  url: string;
  method: string | undefined;
  body: unknown;
  authorization: string | null;
}

/** A server answering every request with `status` and `answer`, remembering what it was asked. */
function fakeServer(answer: unknown, status = 200) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      authorization: new Headers(init.headers).get('Authorization'),
    });
    return new Response(JSON.stringify(answer), { status });
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('adminApi', () => {
  it('lists users with the token, and reads the answer as the server gives it', async () => {
    const server = fakeServer({ users: [user] });
    const users = await adminApi({ token: 'T', fetch: server.fetch }).listUsers();
    expect(users).toEqual([user]);
    expect(server.calls).toEqual([
      { url: '/api/admin/users', method: 'GET', body: undefined, authorization: 'Bearer T' },
    ]);
  });

  it.each([
    ['addUser', (api) => api.addUser(newUser), 'POST', '/api/admin/users'],
    [
      'deactivate',
      (api) => api.setUserActive(USER_ID, false),
      'POST',
      `/api/admin/users/${USER_ID}/deactivate`,
    ],
    [
      'reactivate',
      (api) => api.setUserActive(USER_ID, true),
      'POST',
      `/api/admin/users/${USER_ID}/reactivate`,
    ],
    [
      'resetPassword',
      (api) => api.resetPassword(USER_ID, 'new secret'),
      'POST',
      `/api/admin/users/${USER_ID}/password`,
    ],
    ['setRole', (api) => api.setRole(USER_ID, 'coordinator'), 'PUT', `/api/admin/users/${USER_ID}/role`],
    ['setHospitals', (api) => api.setHospitals(USER_ID, []), 'PUT', `/api/admin/users/${USER_ID}/hospitals`],
  ] satisfies [string, (api: ReturnType<typeof adminApi>) => Promise<unknown>, string, string][])(
    'user change %s: %s %s, answering the changed user',
    async (_name, act, method, url) => {
      const server = fakeServer({ user });
      await expect(act(adminApi({ token: 'T', fetch: server.fetch }))).resolves.toEqual(user);
      expect(server.calls[0]).toMatchObject({ method, url });
    },
  );

  it('sends exactly the body each user route accepts (the server refuses unknown keys)', async () => {
    const server = fakeServer({ user });
    const api = adminApi({ token: 'T', fetch: server.fetch });
    await api.addUser(newUser);
    await api.setUserActive(USER_ID, false);
    await api.resetPassword(USER_ID, 'new secret');
    await api.setRole(USER_ID, 'admin');
    await api.setHospitals(USER_ID, [HOSPITAL_ID]);
    expect(server.calls.map((call) => call.body)).toEqual([
      newUser,
      undefined,
      { password: 'new secret' },
      { role: 'admin' },
      { hospitalIds: [HOSPITAL_ID] },
    ]);
  });

  it('adds, changes, deactivates and reactivates hospitals, null clearing a field', async () => {
    const server = fakeServer({ hospital });
    const api = adminApi({ token: 'T', fetch: server.fetch });
    const fields = { name: 'Bugando', address: null, region: 'mwanza', zone: null };
    await expect(api.addHospital(fields)).resolves.toEqual(hospital);
    await api.updateHospital(HOSPITAL_ID, fields);
    await api.setHospitalActive(HOSPITAL_ID, false);
    await api.setHospitalActive(HOSPITAL_ID, true);
    expect(server.calls.map(({ method, url, body }) => [method, url, body])).toEqual([
      ['POST', '/api/admin/hospitals', fields],
      ['PATCH', `/api/admin/hospitals/${HOSPITAL_ID}`, fields],
      ['POST', `/api/admin/hospitals/${HOSPITAL_ID}/deactivate`, undefined],
      ['POST', `/api/admin/hospitals/${HOSPITAL_ID}/reactivate`, undefined],
    ]);
  });

  it('lists hospitals, inactive ones too', async () => {
    const closed = { ...hospital, id: USER_ID, name: 'Closed', active: false };
    const server = fakeServer({ hospitals: [hospital, closed] });
    const hospitals = await adminApi({ token: 'T', fetch: server.fetch }).listHospitals();
    expect(hospitals.map((h) => [h.name, h.active])).toEqual([
      ['Bugando', true],
      ['Closed', false],
    ]);
    expect(server.calls[0]).toMatchObject({ method: 'GET', url: '/api/admin/hospitals' });
  });

  it('escapes an id in the path, so that it cannot reach another route', async () => {
    const server = fakeServer({ user });
    await adminApi({ token: 'T', fetch: server.fetch }).setUserActive('../hospitals/x', false);
    expect(server.calls[0]?.url).toBe('/api/admin/users/..%2Fhospitals%2Fx/deactivate');
  });

  it('pages the audit log with the filters given and the cursor of the last page', async () => {
    const entry = {
      id: 41,
      at: '2026-03-05T10:00:00.000Z',
      actorId: USER_ID,
      actorUsername: 'admin',
      action: 'admin.user.create',
      subject: null,
      outcome: 'ok',
      detail: { username: 'amina' },
      ip: '10.0.0.1',
    };
    const server = fakeServer({ entries: [entry], nextCursor: '41' });
    const api = adminApi({ token: 'T', fetch: server.fetch });
    const page = await api.auditPage({ ...NO_AUDIT_FILTERS, action: 'admin.*', outcome: 'failed' }, '42');
    expect(page).toEqual({ entries: [entry], nextCursor: '41' });
    expect(server.calls[0]).toMatchObject({
      method: 'GET',
      url: '/api/admin/audit?action=admin.*&outcome=failed&cursor=42',
    });
  });

  it('lists devices as the server reports them', async () => {
    const device = {
      deviceId: 'phone-1',
      user: { id: USER_ID, username: 'amina', fullName: 'Dr Amina Juma' },
      appVersion: '1.2.0',
      lastContactAt: '2026-03-05T10:00:00.000Z',
      lastPushAt: '2026-03-05T10:00:00.000Z',
      lastPullAt: null,
      pendingVersions: 3,
      oldestPendingAt: '2026-03-01T08:00:00.000Z',
    };
    const server = fakeServer({ devices: [device] });
    await expect(adminApi({ token: 'T', fetch: server.fetch }).listDevices()).resolves.toEqual([device]);
    expect(server.calls[0]).toMatchObject({ method: 'GET', url: '/api/admin/devices' });
  });

  it('rejects a refusal with the server’s own sentence and its kind', async () => {
    const message = 'The username "amina" is already taken; choose another.';
    const server = fakeServer({ error: 'conflict', message }, 409);
    const adding = adminApi({ token: 'T', fetch: server.fetch }).addUser({
      username: 'amina',
      fullName: 'Someone Else',
      password: 'long enough',
      role: 'surgeon',
      hospitalIds: [],
    });
    await expect(adding).rejects.toMatchObject({ kind: 'bad-request', status: 409, message });
  });

  it('tells the session on a 401 that the token is gone, and only then', async () => {
    const onUnauthorized = vi.fn();
    const expired = fakeServer({ error: 'unauthorized', message: 'Sign in again.' }, 401);
    await expect(
      adminApi({ token: 'T', fetch: expired.fetch, onUnauthorized }).listUsers(),
    ).rejects.toMatchObject({ kind: 'signed-out' });
    expect(onUnauthorized).toHaveBeenCalledOnce();

    const forbidden = fakeServer({ error: 'forbidden', message: 'Admins only.' }, 403);
    await expect(
      adminApi({ token: 'T', fetch: forbidden.fetch, onUnauthorized }).listUsers(),
    ).rejects.toBeInstanceOf(SyncError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('says so when the answer is not the shape this app knows', async () => {
    const server = fakeServer({ users: [{ ...user, role: 'janitor' }] });
    await expect(adminApi({ token: 'T', fetch: server.fetch }).listUsers()).rejects.toMatchObject({
      kind: 'server',
      message: 'The server sent an answer this app does not understand.',
    });
  });
});

describe('auditQuery', () => {
  const original = process.env.TZ;
  beforeEach(() => {
    // East Africa Time, UTC+3 all year: a local day starts at 21:00 UTC the evening before.
    process.env.TZ = 'Africa/Dar_es_Salaam';
  });
  afterEach(() => {
    process.env.TZ = original;
  });

  it('asks for nothing when no filter is given', () => {
    expect(auditQuery(NO_AUDIT_FILTERS)).toBe('');
    expect(auditQuery({ ...NO_AUDIT_FILTERS, actor: '   ' })).toBe('');
  });

  it('sends dates as the instants that begin and end those days on the admin’s own clock', () => {
    expect(localDayStart('2026-03-05')).toBe('2026-03-04T21:00:00.000Z');
    expect(localDayEnd('2026-03-05')).toBe('2026-03-05T20:59:59.999Z');
    const query = new URLSearchParams(
      auditQuery({ ...NO_AUDIT_FILTERS, actor: ' amina ', from: '2026-03-05', to: '2026-03-06' }).slice(1),
    );
    expect(Object.fromEntries(query)).toEqual({
      actor: 'amina',
      from: '2026-03-04T21:00:00.000Z',
      to: '2026-03-06T20:59:59.999Z',
    });
  });
});
