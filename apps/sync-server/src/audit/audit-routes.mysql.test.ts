import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signedInUser } from '../test-support/auth-fixtures';
import { jsonOf } from '../test-support/response-json';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import type { AuditView } from './list-audit';
import { recordAudit } from './record-audit';

describe('GET /api/admin/audit', () => {
  let test: TestDatabase;
  let admin: SignedInUser;
  const get = async (query: string) => {
    const response = await testApp(test.db).request(`/api/admin/audit${query}`, { headers: admin.headers });
    return { status: response.status, body: await jsonOf(response) };
  };
  const actions = (entries: AuditView[]) => entries.map((entry) => entry.action);

  beforeAll(async () => {
    test = await createTestDatabase();
    admin = await signedInUser(test.db, { role: 'admin', username: 'auditor' });
    const day = (d: number) => new Date(Date.UTC(2026, 0, d, 12));
    await recordAudit(test.db, { at: day(1), actorUsername: 'amina', action: 'auth.login', outcome: 'ok' });
    await recordAudit(test.db, {
      at: day(2),
      actorUsername: 'amina',
      action: 'auth.login',
      outcome: 'failed',
    });
    await recordAudit(test.db, {
      at: day(3),
      actorUsername: 'baraka',
      action: 'sync.push',
      outcome: 'ok',
      detail: { accepted: 3 },
    });
    await recordAudit(test.db, {
      at: day(4),
      actorUsername: 'baraka',
      action: 'admin.user.create',
      outcome: 'denied',
    });
    await recordAudit(test.db, { at: day(5), actorUsername: 'amina', action: 'admin_x', outcome: 'ok' });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('lists newest first, filtered by actor, action (or prefix), outcome and dates', async () => {
    const all = await get('');
    expect(all.status).toBe(200);
    expect(actions(all.body.entries)).toEqual([
      'admin_x',
      'admin.user.create',
      'sync.push',
      'auth.login',
      'auth.login',
    ]);
    expect(all.body.entries[2]).toMatchObject({
      actorUsername: 'baraka',
      detail: { accepted: 3 },
      at: '2026-01-03T12:00:00.000Z',
    });
    expect(actions((await get('?actor=amina')).body.entries)).toEqual([
      'admin_x',
      'auth.login',
      'auth.login',
    ]);
    expect(actions((await get('?action=admin.*')).body.entries)).toEqual(['admin.user.create']);
    expect(actions((await get('?action=sync.push')).body.entries)).toEqual(['sync.push']);
    expect((await get('?outcome=failed')).body.entries).toHaveLength(1);
    expect(actions((await get('?from=2026-01-02&to=2026-01-03')).body.entries)).toEqual([
      'sync.push',
      'auth.login',
    ]);
    expect((await get('?to=2026-01-01T12:00:00Z')).body.entries).toHaveLength(1);
  });

  it('pages with a cursor, without overlap or gaps', async () => {
    const first = await get('?limit=2');
    expect(first.body.entries).toHaveLength(2);
    const second = await get(`?limit=2&cursor=${first.body.nextCursor}`);
    const third = await get(`?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.nextCursor).toBeNull();
    const ids = [...first.body.entries, ...second.body.entries, ...third.body.entries].map(
      (e: AuditView) => e.id,
    );
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(5);
  });

  it('refuses bad filters with sentences', async () => {
    const bad = await get('?limit=0&outcome=maybe&from=yesterday&sort=asc');
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'from',
      'limit',
      'outcome',
      'sort',
    ]);
    expect(bad.body.message).toContain('The limit must be from 1 to 200.');
    expect(bad.body.message).toContain(
      'The "from" filter must be a date (YYYY-MM-DD) or a date and time (ISO 8601).',
    );
  });
});
