import type { AuditLogRow } from '@registry/db-schema';
import { auditLog, sessions } from '@registry/db-schema';
import { loginResponseSchema, sessionUserSchema } from '@registry/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { signedInUser, TEST_PASSWORD, testAuthOptions, testHospital } from '../test-support/auth-fixtures';
import { jsonOf } from '../test-support/response-json';
import { silentLogger } from '../test-support/silent-logger';
import { testClock } from '../test-support/test-clock';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { hashToken } from './tokens';
import { setUserActive } from './user-updates-repo';

describe('sign-in, sessions and sign-out', () => {
  let test: TestDatabase;
  const clock = testClock();
  const app = () =>
    createApp({
      db: test.db,
      logger: silentLogger(),
      version: 't',
      webDist: '',
      auth: testAuthOptions({ now: clock.now }),
    });
  const login = (body: unknown) =>
    app().request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const me = (token: string) =>
    app().request('/api/auth/me', { headers: { Authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('signs in, answers who is signed in, and signs out', async () => {
    const hospital = await testHospital(test.db);
    const { user } = await signedInUser(test.db, { username: 'amina', hospitalIds: [hospital.id] });
    const response = await login({ username: 'Amina', password: TEST_PASSWORD, deviceId: 'phone-1' });
    expect(response.status).toBe(200);
    const body = loginResponseSchema.parse(await jsonOf(response));
    expect(body.user).toEqual(user);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(body.expiresAt).getTime() - clock.now().getTime()).toBe(30 * 24 * 3600 * 1000);

    const who = await me(body.token);
    expect(who.status).toBe(200);
    expect(sessionUserSchema.parse(await jsonOf(who))).toEqual(user);

    const out = await app().request('/api/auth/logout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${body.token}` },
    });
    expect(out.status).toBe(204);
    const after = await me(body.token);
    expect(after.status).toBe(401);
    expect(await jsonOf(after)).toEqual({
      error: 'unauthorized',
      message: 'Your session has ended or is not known here. Sign in again.',
    });
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    await signedInUser(test.db, { username: 'baraka' });
    const wrong = await login({ username: 'baraka', password: 'not the password' });
    const unknown = await login({ username: 'nobody-here', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await jsonOf(wrong)).toEqual(await jsonOf(unknown));
  });

  it('refuses bad requests with a sentence, never a 500', async () => {
    const malformed = await login('{"username": ');
    expect(malformed.status).toBe(400);
    expect((await jsonOf(malformed)).message).toMatch(/not valid JSON/);
    const empty = await login('');
    expect(empty.status).toBe(400);
    const extra = await login({ username: 'a', password: 'b', remember: true });
    expect(extra.status).toBe(400);
    expect(await jsonOf(extra)).toMatchObject({
      message: '"remember" is not a field of a sign-in; check its spelling.',
      details: [{ path: 'remember' }],
    });
    const blank = await login({ username: ' ', password: '' });
    expect((await jsonOf(blank)).message).toBe('Enter your username. Enter your password.');
    const huge = await login({ username: 'a', password: 'x'.repeat(70_000) });
    expect(huge.status).toBe(413);
    expect((await jsonOf(huge)).message).toMatch(/larger than 64 KB/);
  });

  it('refuses missing, unknown, expired and deactivated sessions', async () => {
    expect((await app().request('/api/auth/me')).status).toBe(401);
    expect((await me('made-up-token')).status).toBe(401);

    const started = clock.now();
    const { token, user } = await signedInUser(test.db, { now: started });
    expect((await me(token)).status).toBe(200);
    clock.advance(30 * 24 * 3600 * 1000);
    const expired = await me(token);
    expect(expired.status).toBe(401);
    expect((await jsonOf(expired)).message).toBe('Your session has expired. Sign in again.');

    const other = await signedInUser(test.db, { now: clock.now() });
    expect((await me(other.token)).status).toBe(200);
    await setUserActive(test.db, other.user.id, false);
    expect((await me(other.token)).status).toBe(401);
    expect(user.id).not.toBe(other.user.id);
  });

  it('updates last_seen_at at most once a minute', async () => {
    const started = clock.now();
    const { token } = await signedInUser(test.db, { now: started });
    const lastSeen = async () => {
      const [row] = await test.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, hashToken(token)));
      return row?.lastSeenAt.getTime();
    };
    clock.advance(30_000);
    await me(token);
    expect(await lastSeen()).toBe(started.getTime());
    clock.advance(31_000);
    await me(token);
    expect(await lastSeen()).toBe(clock.now().getTime());
  });

  describe('lockout', () => {
    it('locks after 5 failures in a row, even against the right password, for 15 minutes', async () => {
      await signedInUser(test.db, { username: 'chausiku' });
      for (let attempt = 1; attempt <= 4; attempt++) {
        expect((await login({ username: 'chausiku', password: `wrong-${attempt}` })).status).toBe(401);
      }
      const fifth = await login({ username: 'chausiku', password: 'wrong-5' });
      expect(fifth.status).toBe(429);
      const locked = await login({ username: 'chausiku', password: TEST_PASSWORD });
      expect(locked.status).toBe(429);
      expect(locked.headers.get('Retry-After')).toBe('900');
      expect((await jsonOf(locked)).message).toMatch(
        /^Too many failed sign-ins: this account is locked until \d\d:\d\d UTC \(in 15 minutes\)\. Try again then/,
      );
      clock.advance(14 * 60 * 1000);
      expect((await login({ username: 'chausiku', password: TEST_PASSWORD })).status).toBe(429);
      clock.advance(60 * 1000);
      expect((await login({ username: 'chausiku', password: TEST_PASSWORD })).status).toBe(200);
    });

    it('counts failures that arrive at once', async () => {
      await signedInUser(test.db, { username: 'upendo' });
      const attempts = Array.from({ length: 5 }, () => login({ username: 'upendo', password: 'wrong-pass' }));
      const statuses = (await Promise.all(attempts)).map((response) => response.status);
      expect(statuses.filter((status) => status === 429)).toHaveLength(1);
      expect((await login({ username: 'upendo', password: TEST_PASSWORD })).status).toBe(429);
    });

    it('counts failures in a row only: a success starts again', async () => {
      await signedInUser(test.db, { username: 'daudi' });
      for (let attempt = 1; attempt <= 4; attempt++)
        await login({ username: 'daudi', password: 'wrong-pass' });
      expect((await login({ username: 'daudi', password: TEST_PASSWORD })).status).toBe(200);
      for (let attempt = 1; attempt <= 4; attempt++)
        await login({ username: 'daudi', password: 'wrong-pass' });
      expect((await login({ username: 'daudi', password: TEST_PASSWORD })).status).toBe(200);
    });
  });

  it('refuses a deactivated account at sign-in, saying so only to the right password', async () => {
    const { user } = await signedInUser(test.db, { username: 'esther' });
    await setUserActive(test.db, user.id, false);
    const right = await login({ username: 'esther', password: TEST_PASSWORD });
    expect(right.status).toBe(401);
    expect((await jsonOf(right)).message).toMatch(/deactivated/);
    const wrong = await login({ username: 'esther', password: 'wrong-pass' });
    expect((await jsonOf(wrong)).message).not.toMatch(/deactivated/);
  });

  it('audits every sign-in, failure and sign-out, with no password or token', async () => {
    await signedInUser(test.db, { username: 'faraji' });
    const ok = loginResponseSchema.parse(
      await jsonOf(await login({ username: 'faraji', password: TEST_PASSWORD })),
    );
    await login({ username: 'faraji', password: 'secret-wrong-1' });
    await login({ username: 'ghost', password: 'secret-wrong-2' });
    await app().request('/api/auth/logout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${ok.token}` },
    });
    const rows: AuditLogRow[] = await test.db.select().from(auditLog);
    const mine = rows.filter((row) => ['faraji', 'ghost'].includes(row.actorUsername ?? ''));
    expect(mine.map((row) => [row.action, row.outcome, row.actorUsername])).toEqual([
      ['auth.login', 'ok', 'faraji'],
      ['auth.login', 'failed', 'faraji'],
      ['auth.login', 'failed', 'ghost'],
      ['auth.logout', 'ok', 'faraji'],
    ]);
    const everything = JSON.stringify(rows);
    for (const secret of [TEST_PASSWORD, 'secret-wrong-1', 'secret-wrong-2', ok.token]) {
      expect(everything).not.toContain(secret);
    }
  });
});
