import type { PullResponse, RecentResponse } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { testDevice } from '../test-support/version-factory';

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let surgeon: SignedInUser;
let otherSurgeon: SignedInUser;
let hospitalId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  app = testApp(test.db);
  hospitalId = (await testHospital(test.db)).id;
  const otherHospital = (await testHospital(test.db, { name: 'Other Hospital' })).id;
  surgeon = await signedInUser(test.db, { role: 'surgeon', hospitalIds: [hospitalId] });
  otherSurgeon = await signedInUser(test.db, { role: 'surgeon', hospitalIds: [otherHospital] });
});
afterAll(async () => {
  await test?.drop();
});

const get = async <T>(user: SignedInUser, path: string) => {
  const response = await app.request(path, { headers: user.headers });
  return { status: response.status, body: (await response.json()) as T };
};

describe('GET /api/sync/recent', () => {
  it('gives the newest versions with every version of their patients, in seq order, and no others', async () => {
    const device = testDevice(surgeon.user);
    const old = device.patient(hospitalId, 'Registered Long Ago');
    const filler = Array.from({ length: 5 }, (_, i) => device.patient(hospitalId, `Filler ${i}`));
    const operation = device.surgery(old, hospitalId, '2026-11-20');
    for (const versions of [[old], filler, [operation]]) {
      const response = await app.request('/api/sync/push', {
        method: 'POST',
        headers: surgeon.headers,
        body: JSON.stringify({ deviceId: 'phone', versions }),
      });
      expect(response.status).toBe(200);
    }

    const { status, body } = await get<RecentResponse>(surgeon, '/api/sync/recent?limit=1');
    expect(status).toBe(200);
    // The newest version is the operation; its patient comes with it although registered long before.
    expect(body.versions.map((v) => v.versionId)).toEqual([old.versionId, operation.versionId]);

    const pulled = await get<PullResponse>(surgeon, '/api/sync/pull?limit=100');
    const seqOf = new Map(pulled.body.versions.map((v) => [v.versionId, v.seq]));
    expect(body.versions.map((v) => v.seq)).toEqual([
      seqOf.get(old.versionId),
      seqOf.get(operation.versionId),
    ]);
  });

  it('shows a surgeon only their hospitals, and refuses a bad limit with a sentence', async () => {
    expect((await get<RecentResponse>(otherSurgeon, '/api/sync/recent')).body.versions).toEqual([]);
    const bad = await get<{ message: string }>(surgeon, '/api/sync/recent?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/at least 1/);
    expect((await app.request('/api/sync/recent')).status).toBe(401);
  });
});
