import { migrationsFolder as defaultFolder } from '@registry/db-schema/migrations-folder';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import type { RowDataPacket } from 'mysql2/promise';
import type { RegistryDb } from './registry-db';

// drizzle's own bookkeeping table (its default name).
const MIGRATIONS_TABLE = '__drizzle_migrations';
const LOCK_WAIT_SECONDS = 120;

export interface MigrationResult {
  /** Migrations applied by this call (0 when the database was up to date). */
  applied: number;
  /** Migrations recorded in the database afterwards. */
  total: number;
}

/**
 * Applies pending migrations. Several servers may start at once against one database, and drizzle's
 * migrator does not guard against that (MySQL DDL commits as it goes), so the work is done under a
 * named lock per database: the others wait, then find nothing left to do.
 */
export async function migrateDatabase(
  db: RegistryDb,
  migrationsFolder = defaultFolder,
): Promise<MigrationResult> {
  const lockHolder = await db.$client.getConnection();
  try {
    const [rows] = await lockHolder.query<RowDataPacket[]>(
      "SELECT GET_LOCK(CONCAT('registry-migrate:', DATABASE()), ?) AS got",
      [LOCK_WAIT_SECONDS],
    );
    if (rows[0]?.got !== 1) {
      throw new Error(`Another server held the migration lock for over ${LOCK_WAIT_SECONDS} s; try again.`);
    }
    try {
      const before = await countApplied(db);
      await migrate(db, { migrationsFolder });
      const total = await countApplied(db);
      return { applied: total - before, total };
    } finally {
      await lockHolder.query("SELECT RELEASE_LOCK(CONCAT('registry-migrate:', DATABASE()))");
    }
  } finally {
    lockHolder.release();
  }
}

async function countApplied(db: RegistryDb): Promise<number> {
  return (await appliedMigrations(db)).count;
}

/** How many migrations the database records, and when the newest was made (drizzle's folderMillis). */
export async function appliedMigrations(db: RegistryDb): Promise<{ count: number; newest: number | null }> {
  const [tables] = await db.$client.query<RowDataPacket[]>(
    'SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?',
    [MIGRATIONS_TABLE],
  );
  if (tables.length === 0) return { count: 0, newest: null };
  const [rows] = await db.$client.query<RowDataPacket[]>(
    `SELECT COUNT(*) AS count, MAX(created_at) AS newest FROM \`${MIGRATIONS_TABLE}\``,
  );
  const row = rows[0];
  return { count: Number(row?.count ?? 0), newest: row?.newest == null ? null : Number(row.newest) };
}

/** When the newest migration this code ships was made; the database is current when it has reached it. */
export function newestShippedMigration(migrationsFolder = defaultFolder): number {
  return Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((migration) => migration.folderMillis));
}
