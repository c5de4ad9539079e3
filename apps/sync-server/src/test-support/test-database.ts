import { randomBytes } from 'node:crypto';
import type { Pool } from 'mysql2/promise';
import mysql from 'mysql2/promise';
import { connectionOptions, withDatabaseName } from '../db/database-url';
import { migrateDatabase } from '../db/migrate';
import { createPool, createRegistryDb, type RegistryDb } from '../db/registry-db';
import { testServerUrl } from '../env';

export interface TestDatabase {
  name: string;
  /** mysql://… of this database, e.g. to pass as DATABASE_URL. */
  url: string;
  db: RegistryDb;
  pool: Pool;
  /** Ends the pool (if still open) and drops the database. */
  drop(): Promise<void>;
}

/** A name no other test run uses; tests' databases all start with reg_t_ so strays are easy to find. */
export function randomDatabaseName(): string {
  return `reg_t_${randomBytes(6).toString('hex')}`;
}

/** The test server (TEST_DATABASE_URL or root@127.0.0.1:3306) with the given database. */
export function testDatabaseUrl(name: string): string {
  return withDatabaseName(testServerUrl(), name);
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = await mysql.createConnection(connectionOptions(testServerUrl(), { database: false }));
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, real database for one test file, migrated unless `migrate: false`. Call drop() in afterAll.
 */
export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const name = randomDatabaseName();
  const url = testDatabaseUrl(name);
  const admin = await mysql.createConnection(connectionOptions(url, { database: false }));
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const pool = createPool(url, 5);
  const db = createRegistryDb(pool);
  if (migrate) await migrateDatabase(db);
  let ended = false;
  return {
    name,
    url,
    db,
    pool,
    async drop() {
      if (!ended) await pool.end().catch(() => {});
      ended = true;
      await dropDatabase(name);
    },
  };
}
