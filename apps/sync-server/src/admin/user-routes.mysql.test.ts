import { auditLog } from '@registry/db-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { jsonOf } from '../test-support/response-json';
import { testApp } from '../test-support/test-app';
import { testClock } from '../test-support/test-clock';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import type { AdminUserView } from './admin-users-view';

describe('/api/admin/users', () => {
  let test: TestDatabase;
  let admin: SignedInUser;
  const clock = testClock(new Date());
  const call = async (method: string, path: string, body?: unknown, headers = admin.headers) => {
    const response = await testApp(test.db, { now: clock.now }).request(`/api/admin/users${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: await jsonOf(response) };
  };
  const login = (username: string, password: string) =>
    testApp(test.db, { now: clock.now }).request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });

  beforeAll(async () => {
    test = await createTestDatabase();
    admin = await signedInUser(test.db, { role: 'admin', username: 'root-admin' });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('adds a user who can then sign in, and lists them', async () => {
    const hospital = await testHospital(test.db);
    const added = await call('POST', '', {
      username: 'neema',
      fullName: 'Dr Neema Mushi',
      password: 'first-password',
      role: 'surgeon',
      hospitalIds: [hospital.id],
    });
    expect(added.status).toBe(201);
    expect(added.body.user).toMatchObject({
      username: 'neema',
      fullName: 'Dr Neema Mushi',
      role: 'surgeon',
      hospitalIds: [hospital.id],
      active: true,
      locked: false,
    });
    expect(JSON.stringify(added.body)).not.toContain('password');
    expect((await login('neema', 'first-password')).status).toBe(200);
    const list = await call('GET', '');
    expect(list.body.users.map((user: AdminUserView) => user.username)).toContain('neema');
  });

  it('refuses invalid bodies with every problem, and duplicates with 409', async () => {
    const invalid = await call('POST', '', {
      username: 'x y',
      fullName: '',
      password: 'short',
      role: 'nurse',
      admin: true,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details.map((detail: { path: string }) => detail.path)).toEqual([
      'username',
      'fullName',
      'password',
      'role',
      'admin',
    ]);
    expect(invalid.body.message).toContain(
      'The role "nurse" is not one of the roles (surgeon, coordinator, admin).',
    );
    expect(invalid.body.message).toContain('"admin" is not a field of a new user; check its spelling.');
    expect((await call('POST', '', '{oops')).status).toBe(400);

    const user = { username: 'Omari', fullName: 'Omari', password: '12345678', role: 'coordinator' };
    expect((await call('POST', '', user)).status).toBe(201);
    const again = await call('POST', '', { ...user, username: 'omari' });
    expect(again).toEqual({
      status: 409,
      body: { error: 'conflict', message: 'The username "omari" is already taken; choose another.' },
    });
    const unknownHospital = await call('POST', '', {
      ...user,
      username: 'pendo',
      hospitalIds: ['0192f4c1-0000-7000-8000-00000000dead'],
    });
    expect(unknownHospital.status).toBe(400);
    expect(unknownHospital.body.message).toMatch(/^There is no hospital with the id 0192f4c1-/);
  });

  it('deactivates a user: their token is refused at once; reactivation lets them sign in again', async () => {
    const user = await signedInUser(test.db);
    const me = () => testApp(test.db).request('/api/auth/me', { headers: user.headers });
    expect((await me()).status).toBe(200);
    const off = await call('POST', `/${user.user.id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body.user.active).toBe(false);
    expect((await me()).status).toBe(401);
    expect((await call('POST', `/${user.user.id}/reactivate`)).body.user.active).toBe(true);
    expect((await me()).status).toBe(401);
    expect((await login(user.user.username, 'correct horse battery')).status).toBe(200);
  });

  it('refuses to let an admin deactivate themselves or drop their own admin role', async () => {
    const self = await call('POST', `/${admin.user.id}/deactivate`);
    expect(self).toEqual({
      status: 403,
      body: { error: 'forbidden', message: 'You cannot deactivate your own account; ask another admin.' },
    });
    const demote = await call('PUT', `/${admin.user.id}/role`, { role: 'coordinator' });
    expect(demote.status).toBe(403);
    expect(demote.body.message).toBe(
      'You cannot remove the admin role from your own account; ask another admin.',
    );
    expect((await call('PUT', `/${admin.user.id}/role`, { role: 'admin' })).status).toBe(200);
  });

  it('changes a role and hospitals, effective on the next request', async () => {
    const [a, b] = [await testHospital(test.db), await testHospital(test.db)];
    const user = await signedInUser(test.db, { hospitalIds: [a.id] });
    expect((await call('PUT', `/${user.user.id}/role`, { role: 'coordinator' })).body.user.role).toBe(
      'coordinator',
    );
    const moved = await call('PUT', `/${user.user.id}/hospitals`, { hospitalIds: [b.id, b.id] });
    expect(moved.body.user.hospitalIds).toEqual([b.id]);
    const me = await testApp(test.db).request('/api/auth/me', { headers: user.headers });
    expect(await jsonOf(me)).toMatchObject({ role: 'coordinator', hospitalIds: [b.id] });
    expect((await call('PUT', `/${user.user.id}/role`, { role: 'chief' })).status).toBe(400);
    expect((await call('PUT', `/${user.user.id}/hospitals`, { hospitalIds: 'all' })).status).toBe(400);
  });

  it('resets a password: lifts a lockout, ends sessions, and the new password works', async () => {
    const user = await signedInUser(test.db);
    for (let i = 0; i < 5; i++) await login(user.user.username, 'wrong-password');
    const listed = (await call('GET', '')).body.users.find((u: AdminUserView) => u.id === user.user.id);
    expect(listed).toMatchObject({ locked: true });
    const short = await call('POST', `/${user.user.id}/password`, { password: 'short' });
    expect(short.body.message).toBe('The password must be at least 8 characters long.');
    const reset = await call('POST', `/${user.user.id}/password`, { password: 'brand-new-password' });
    expect(reset.status).toBe(200);
    expect(reset.body.user).toMatchObject({ locked: false, failedLogins: 0 });
    expect((await testApp(test.db).request('/api/auth/me', { headers: user.headers })).status).toBe(401);
    expect((await login(user.user.username, 'brand-new-password')).status).toBe(200);
  });

  it('answers an unknown user id with 404', async () => {
    const missing = await call('POST', '/0192f4c1-0000-7000-8000-00000000beef/deactivate');
    expect(missing.status).toBe(404);
  });

  it('audits each action with its outcome, and never a password', async () => {
    const rows = await test.db.select().from(auditLog);
    const actions = rows
      .filter((row) => row.actorId === admin.user.id)
      .map((row) => `${row.action} ${row.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'admin.user.create ok',
        'admin.user.create failed',
        'admin.user.deactivate ok',
        'admin.user.deactivate failed',
        'admin.user.reactivate ok',
        'admin.user.set-role ok',
        'admin.user.set-hospitals ok',
        'admin.user.reset-password ok',
      ]),
    );
    const text = JSON.stringify(rows);
    for (const secret of ['first-password', 'brand-new-password', '12345678', admin.token]) {
      expect(text).not.toContain(secret);
    }
  });
});
