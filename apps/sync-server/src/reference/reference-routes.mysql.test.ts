import { hospitalsResponseSchema, staffResponseSchema } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateHospital } from '../admin/hospitals-repo';
import { setUserActive } from '../auth/user-updates-repo';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { jsonOf } from '../test-support/response-json';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';

describe('reference data: GET /api/hospitals and /api/staff', () => {
  let test: TestDatabase;
  const as: SignedInUser[] = [];
  let closedId = '';
  let retiredId = '';
  beforeAll(async () => {
    test = await createTestDatabase();
    const open = await testHospital(test.db, { name: 'Open Hospital', region: 'arusha' });
    closedId = (await testHospital(test.db, { name: 'Closed Hospital' })).id;
    await updateHospital(test.db, closedId, { active: false });
    for (const role of ['surgeon', 'coordinator', 'admin'] as const) {
      as.push(await signedInUser(test.db, { role, hospitalIds: [open.id] }));
    }
    const retired = await signedInUser(test.db, { fullName: 'Dr Retired' });
    retiredId = retired.user.id;
    await setUserActive(test.db, retiredId, false);
  });
  afterAll(async () => {
    await test?.drop();
  });

  it.each([0, 1, 2])(
    'gives every role every hospital and the whole directory, inactive ones flagged (%#)',
    async (i) => {
      const user = as[i] as SignedInUser;
      const hospitals = await testApp(test.db).request('/api/hospitals', { headers: user.headers });
      expect(hospitals.status).toBe(200);
      const body = hospitalsResponseSchema.parse(await jsonOf(hospitals));
      expect(body.hospitals.map((h) => [h.name, h.active])).toEqual([
        ['Closed Hospital', false],
        ['Open Hospital', true],
      ]);
      const staff = await testApp(test.db).request('/api/staff', { headers: user.headers });
      const directory = staffResponseSchema.parse(await jsonOf(staff)).staff;
      expect(directory).toHaveLength(4);
      expect(directory.find((member) => member.id === retiredId)).toMatchObject({
        fullName: 'Dr Retired',
        active: false,
      });
      expect(directory.find((member) => member.id === user.user.id)).toEqual({
        id: user.user.id,
        fullName: user.user.fullName,
        role: user.user.role,
        hospitalIds: user.user.hospitalIds,
        active: true,
      });
      expect(JSON.stringify(directory)).not.toMatch(/username|password/);
    },
  );

  it('refuses anyone not signed in', async () => {
    for (const path of ['/api/hospitals', '/api/staff']) {
      const response = await testApp(test.db).request(path);
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect((await jsonOf(response)).message).toMatch(/Sign in again/);
    }
  });
});
