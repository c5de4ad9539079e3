import { auditLog } from '@registry/db-schema';
import type { Role } from '@registry/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { jsonOf } from '../test-support/response-json';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';

describe('who may use /api/admin', () => {
  let test: TestDatabase;
  const as: Partial<Record<Role, SignedInUser>> = {};
  let userId = '';
  let hospitalId = '';
  beforeAll(async () => {
    test = await createTestDatabase();
    for (const role of ['surgeon', 'coordinator', 'admin'] as const)
      as[role] = await signedInUser(test.db, { role });
    userId = (await signedInUser(test.db)).user.id;
    hospitalId = (await testHospital(test.db)).id;
  });
  afterAll(async () => {
    await test?.drop();
  });

  // Every admin endpoint, with a body an admin could send successfully.
  const endpoints = (): [method: string, path: string, body?: unknown][] => [
    ['GET', '/api/admin/users'],
    [
      'POST',
      '/api/admin/users',
      {
        username: `u${Math.random()}`.replace('.', ''),
        fullName: 'New',
        password: '12345678',
        role: 'surgeon',
      },
    ],
    ['POST', `/api/admin/users/${userId}/deactivate`],
    ['POST', `/api/admin/users/${userId}/reactivate`],
    ['POST', `/api/admin/users/${userId}/password`, { password: 'another-password' }],
    ['PUT', `/api/admin/users/${userId}/role`, { role: 'coordinator' }],
    ['PUT', `/api/admin/users/${userId}/hospitals`, { hospitalIds: [hospitalId] }],
    ['GET', '/api/admin/hospitals'],
    ['POST', '/api/admin/hospitals', { name: `Hospital ${Math.random()}` }],
    ['PATCH', `/api/admin/hospitals/${hospitalId}`, { region: 'arusha' }],
    ['POST', `/api/admin/hospitals/${hospitalId}/deactivate`],
    ['POST', `/api/admin/hospitals/${hospitalId}/reactivate`],
    ['GET', '/api/admin/audit'],
    ['GET', '/api/admin/devices'],
  ];
  const send = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
    testApp(test.db).request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('refuses requests without a session with 401', async () => {
    for (const [method, path, body] of endpoints()) {
      const response = await send(method, path, body, { 'Content-Type': 'application/json' });
      expect([method, path, response.status]).toEqual([method, path, 401]);
    }
  });

  it.each(['surgeon', 'coordinator'] as const)(
    'refuses a %s with 403 and a sentence, and audits it',
    async (role) => {
      const user = as[role] as SignedInUser;
      for (const [method, path, body] of endpoints()) {
        const response = await send(method, path, body, user.headers);
        expect([method, path, response.status]).toEqual([method, path, 403]);
        expect((await jsonOf(response)).message).toMatch(
          /^Only admins may .+\. Ask an admin if it needs doing\.$/,
        );
      }
      const denied = await test.db.select().from(auditLog).where(eq(auditLog.actorId, user.user.id));
      expect(denied).toHaveLength(endpoints().length);
      expect(denied.every((row) => row.action === 'access.denied' && row.outcome === 'denied')).toBe(true);
    },
  );

  it('lets an admin use every one', async () => {
    const admin = as.admin as SignedInUser;
    for (const [method, path, body] of endpoints()) {
      const response = await send(method, path, body, admin.headers);
      expect([method, path, response.status]).toEqual([
        method,
        path,
        method === 'POST' && /(users|hospitals)$/.test(path) ? 201 : 200,
      ]);
    }
  });
});
