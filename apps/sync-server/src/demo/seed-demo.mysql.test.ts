import { hospitals, records, users, versions } from '@registry/db-schema';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { hasAnyUser } from './empty-registry';
import { generateDemoData } from './generate-demo';
import { DemoSeedRefused, type DemoSeedSummary, seedDemo } from './seed-demo';

const NOW = new Date('2026-11-22T09:00:00Z');
// Cheap hashing: the test is about the data, not the password cost.
const passwordParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

describe('seedDemo on a fresh database', () => {
  let test: TestDatabase;
  let summary: DemoSeedSummary;
  beforeAll(async () => {
    test = await createTestDatabase();
    expect(await hasAnyUser(test.db)).toBe(false);
    summary = await seedDemo(test.db, { now: NOW, patients: 60, seed: 'mysql-test', passwordParams });
  });
  afterAll(async () => {
    await test?.drop();
  });

  const total = async (table: typeof users | typeof hospitals | typeof versions) =>
    (await test.db.select({ n: count() }).from(table))[0]?.n;

  it('creates the hospitals and every demo user', async () => {
    expect(await hasAnyUser(test.db)).toBe(true);
    expect(await total(hospitals)).toBe(8);
    expect(await total(users)).toBe(summary.logins.length);
    expect(summary.users).toEqual({ admin: 2, coordinator: 2, surgeon: 13 });
  });

  it('stores every generated version, none rejected', async () => {
    const generated = generateDemoData({ now: NOW, patients: 60, seed: 'mysql-test' }).versions;
    expect(summary.rejected).toEqual([]);
    expect(await total(versions)).toBe(generated.length);
  });

  it('leaves records in conflict and deleted in the projection, as the summary says', async () => {
    const conflicted = await test.db.select({ n: count() }).from(records).where(eq(records.inConflict, true));
    const deleted = await test.db.select({ n: count() }).from(records).where(eq(records.deleted, true));
    expect(conflicted[0]?.n).toBe(summary.counts.inConflict);
    expect(deleted[0]?.n).toBe(summary.counts.deleted);
    expect(summary.counts.inConflict).toBeGreaterThan(0);
    expect(summary.counts.deleted).toBe(3);
  });

  it('refuses a second seed in one sentence', async () => {
    await expect(seedDemo(test.db, { now: NOW, patients: 60, passwordParams })).rejects.toThrow(
      DemoSeedRefused,
    );
    await expect(seedDemo(test.db, { now: NOW, patients: 60, passwordParams })).rejects.toThrow(
      'The database already has users, so no demo data was loaded: seed-demo only fills an empty registry.',
    );
  });
});
