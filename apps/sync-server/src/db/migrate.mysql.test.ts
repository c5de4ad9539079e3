import { seqCounter } from '@registry/db-schema';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { appliedMigrations, migrateDatabase, newestShippedMigration } from './migrate';
import { createPool, createRegistryDb } from './registry-db';

describe('migrateDatabase', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('applies every migration to an empty database', async () => {
    const result = await migrateDatabase(test.db);
    expect(result.applied).toBeGreaterThanOrEqual(2);
    expect(result.total).toBe(result.applied);
    const [tables] = await test.pool.query<RowDataPacket[]>(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
    );
    expect(tables.map((row) => row.name)).toEqual(
      expect.arrayContaining(['versions', 'seq_counter', 'records', 'users', 'sessions', 'hospitals']),
    );
    expect(tables.map((row) => row.name)).toEqual(
      expect.arrayContaining(['memberships', 'audit_log', 'devices']),
    );
  });

  it('leaves the single seq_counter row at 0', async () => {
    expect(await test.db.select().from(seqCounter)).toEqual([{ id: 1, value: 0 }]);
  });

  it('is a no-op the second time', async () => {
    const before = await appliedMigrations(test.db);
    expect(await migrateDatabase(test.db)).toEqual({ applied: 0, total: before.count });
    expect(await test.db.select().from(seqCounter)).toHaveLength(1);
    expect(before.newest).toBe(newestShippedMigration());
  });

  it('lets several servers migrate one new database at the same time', async () => {
    const fresh = await createTestDatabase({ migrate: false });
    const pools = [createPool(fresh.url, 2), createPool(fresh.url, 2), createPool(fresh.url, 2)];
    try {
      const results = await Promise.all(pools.map((pool) => migrateDatabase(createRegistryDb(pool))));
      const total = results[0]?.total ?? 0;
      expect(results.reduce((sum, result) => sum + result.applied, 0)).toBe(total);
      expect(await fresh.db.select().from(seqCounter)).toEqual([{ id: 1, value: 0 }]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await fresh.drop();
    }
  });
});
