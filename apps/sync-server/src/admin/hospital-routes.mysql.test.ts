import { auditLog } from '@registry/db-schema';
import { hospitalSchema } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, signedInUser } from '../test-support/auth-fixtures';
import { jsonOf } from '../test-support/response-json';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';

describe('/api/admin/hospitals', () => {
  let test: TestDatabase;
  let admin: SignedInUser;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await testApp(test.db).request(`/api/admin/hospitals${path}`, {
      method,
      headers: admin.headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await jsonOf(response) };
  };
  beforeAll(async () => {
    test = await createTestDatabase();
    admin = await signedInUser(test.db, { role: 'admin' });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('adds a hospital as the domain shapes it, trimmed, without blank fields', async () => {
    const added = await call('POST', '', {
      name: ' Kibosho Hospital ',
      region: 'kilimanjaro',
      zone: 'northern',
      address: '',
    });
    expect(added.status).toBe(201);
    expect(hospitalSchema.parse(added.body.hospital)).toEqual(added.body.hospital);
    expect(added.body.hospital).toMatchObject({
      name: 'Kibosho Hospital',
      region: 'kilimanjaro',
      active: true,
    });
    expect(added.body.hospital).not.toHaveProperty('address');
    const list = await call('GET', '');
    expect(list.body.hospitals).toEqual([added.body.hospital]);
  });

  it('refuses a second hospital of the same name, in any letter case, with 409', async () => {
    expect((await call('POST', '', { name: 'Mawenzi Hospital' })).status).toBe(201);
    const again = await call('POST', '', { name: 'MAWENZI hospital' });
    expect(again).toEqual({
      status: 409,
      body: {
        error: 'conflict',
        message: 'A hospital named "MAWENZI hospital" already exists; choose another name.',
      },
    });
  });

  it('refuses unknown fields, wrong types and missing names with sentences', async () => {
    const extra = await call('POST', '', { name: 'X', active: false, beds: 20 });
    expect(extra.status).toBe(400);
    expect(extra.body.details.map((detail: { path: string }) => detail.path)).toEqual(['active', 'beds']);
    expect((await call('POST', '', { region: 'arusha' })).body.message).toBe('The name is required.');
    expect((await call('POST', '', { name: 'X', zone: 3 })).body.message).toBe(
      'The zone must be text, not 3.',
    );
    const blank = await call('POST', '', { name: '  ' });
    expect(blank).toMatchObject({ status: 400, body: { message: 'The name is required.' } });
    const long = await call('POST', '', { name: 'x'.repeat(201) });
    expect(long.body.message).toBe('The name is too long: at most 200 characters.');
  });

  it('edits, clears with null, deactivates and reactivates, never deletes', async () => {
    const { body } = await call('POST', '', { name: 'Huruma', region: 'kilimanjaro', zone: 'northern' });
    const id = body.hospital.id;
    const edited = await call('PATCH', `/${id}`, { name: 'Huruma Hospital', zone: null });
    expect(edited.body.hospital).toEqual({
      id,
      name: 'Huruma Hospital',
      region: 'kilimanjaro',
      active: true,
    });
    const renamedOnto = await call('PATCH', `/${id}`, { name: 'Mawenzi Hospital' });
    expect(renamedOnto.status).toBe(409);
    expect((await call('POST', `/${id}/deactivate`)).body.hospital.active).toBe(false);
    const list = await call('GET', '');
    expect(list.body.hospitals.find((h: { id: string }) => h.id === id)).toMatchObject({ active: false });
    expect((await call('POST', `/${id}/reactivate`)).body.hospital.active).toBe(true);
    expect((await call('PATCH', '/0192f4c1-0000-7000-8000-00000000beef', { name: 'Y' })).status).toBe(404);
    expect((await call('PATCH', `/${id}`, { id: 'x' })).status).toBe(400);
  });

  it('audits every change', async () => {
    const rows = await test.db.select().from(auditLog);
    const actions = new Set(rows.map((row) => `${row.action} ${row.outcome}`));
    for (const expected of [
      'admin.hospital.create ok',
      'admin.hospital.create failed',
      'admin.hospital.update ok',
      'admin.hospital.update failed',
      'admin.hospital.deactivate ok',
      'admin.hospital.reactivate ok',
    ]) {
      expect(actions).toContain(expected);
    }
  });
});
