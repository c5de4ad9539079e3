import { records, sessions, users, versions } from '@registry/db-schema';
import { eq } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';

const id = (n: number) => `0192f4c1-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('the schema on the real database', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('reads JSON columns back as values, also on MariaDB where they are LONGTEXT', async () => {
    const data = { fullName: 'Amina Said', phones: [{ number: '0712 345 678', comment: 'mobile' }] };
    await test.db.insert(versions).values({
      versionId: id(1),
      seq: 1,
      entity: 'patient',
      entityId: id(2),
      hospitalId: id(3),
      parents: [],
      data,
      deleted: false,
      authorId: id(4),
      deviceId: 'device-a',
      createdAt: '2026-11-22T10:41:07.123+03:00',
      schemaVersion: 1,
    });
    const [row] = await test.db
      .select()
      .from(versions)
      .where(eq(versions.versionId, id(1)));
    expect(row?.data).toEqual(data);
    expect(row?.parents).toEqual([]);
    expect(row?.deleted).toBe(false);
    expect(row?.createdAt).toBe('2026-11-22T10:41:07.123+03:00');
    // received_at defaults to the server's UTC time, read back as a Date near now.
    expect(Math.abs((row?.receivedAt.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a second version with the same seq', async () => {
    const again = test.db.insert(versions).values({
      versionId: id(9),
      seq: 1,
      entity: 'patient',
      entityId: id(2),
      hospitalId: id(3),
      parents: [id(1)],
      data: {},
      deleted: false,
      authorId: id(4),
      deviceId: 'device-a',
      createdAt: '2026-11-22T10:41:07.123Z',
      schemaVersion: 1,
    });
    await expect(again).rejects.toThrow();
  });

  it('keeps dates in UTC both ways', async () => {
    const lockedUntil = new Date('2026-11-22T10:41:07.123Z');
    await test.db.insert(users).values({
      id: id(5),
      username: 'amina',
      fullName: 'Amina Said',
      role: 'surgeon',
      passwordHash: 'x',
      lockedUntil,
    });
    const [user] = await test.db
      .select()
      .from(users)
      .where(eq(users.id, id(5)));
    expect(user?.lockedUntil?.toISOString()).toBe(lockedUntil.toISOString());
    expect(user?.active).toBe(true);
    expect(user?.failedLogins).toBe(0);
    const [rows] = await test.pool.query<RowDataPacket[]>(
      "SELECT DATE_FORMAT(locked_until, '%Y-%m-%d %H:%i:%s.%f') AS at FROM users",
    );
    expect(rows[0]?.at).toBe('2026-11-22 10:41:07.123000');
  });

  it('treats user names that differ only in case as the same', async () => {
    const twin = test.db
      .insert(users)
      .values({ id: id(6), username: 'AMINA', fullName: 'Another', role: 'admin', passwordHash: 'x' });
    await expect(twin).rejects.toThrow();
  });

  it('stores sessions and records', async () => {
    await test.db
      .insert(sessions)
      .values({ tokenHash: 'a'.repeat(64), userId: id(5), expiresAt: new Date() });
    await test.db.insert(records).values({
      entityId: id(2),
      entity: 'patient',
      hospitalId: id(3),
      patientId: id(2),
      headVersionIds: [id(1)],
      preferredVersionId: id(1),
      lastVersionId: id(1),
    });
    const [record] = await test.db.select().from(records);
    expect(record).toMatchObject({
      headVersionIds: [id(1)],
      inConflict: false,
      deleted: false,
      lastVersionId: id(1),
    });
  });
});
