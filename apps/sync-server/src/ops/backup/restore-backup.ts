import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { describeDatabaseError } from '../../db/connection-error';
import { describeDatabaseUrl, parseDatabaseUrl } from '../../db/database-url';
import { ensureDatabase } from '../../db/ensure-database';
import { migrateDatabase } from '../../db/migrate';
import { createPool, createRegistryDb } from '../../db/registry-db';
import { BackupError } from './backup-error';
import { withClientOptionsFile } from './client-options-file';
import { findLoadProgram } from './client-programs';
import { databaseChecksums, openDatabase } from './database-checksums';
import type { BackupManifest } from './manifest';
import { isGzip, readBackupFile } from './read-backup-file';
import { programComplaint, startProgram } from './run-program';
import { startGeneration } from './start-generation';
import { compareTables, type TableComparison } from './table-comparison';

export interface RestoreOptions {
  /** The backup file (absolute). */
  from: string;
  /** Its manifest; undefined to restore without one (the dump is still checked to be whole). */
  manifest: BackupManifest | undefined;
  /** The database to restore into: created when missing, and it must be empty unless `force`. */
  targetUrl: string;
  /** Replace whatever the target holds. */
  force: boolean;
  /** Where to look for mariadb / mysql. */
  searchDirs: readonly string[];
  /** Who restored, for the generation's record. */
  osUser?: string | undefined;
}

export interface RestoreResult {
  /** Each table as the backup has it against the restored database. */
  tables: TableComparison[];
  same: boolean;
  /** The generation the restored database starts (only when it matched the backup). */
  generation: string | undefined;
  /** Migrations applied after the check, when the backup was made by an older version. */
  migrationsApplied: number;
}

/**
 * Restores a backup into a database: checks the file (read-backup-file.ts) before anything is touched,
 * refuses a database that holds anything unless told to replace it, loads the dump with the mariadb
 * client, and compares every table with the backup. Only a database identical to the backup is then
 * brought up to the current schema and given a new generation, so devices pull it again from the start.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const program = findLoadProgram(options.searchDirs);
  const expected = await readBackupFile(options.from, options.manifest);
  const target = describeDatabaseUrl(options.targetUrl);
  try {
    await ensureDatabase(options.targetUrl);
  } catch (error) {
    throw new BackupError(`Cannot use the database at ${target}: ${describeDatabaseError(error)}.`);
  }
  const connection = await openDatabase(options.targetUrl);
  try {
    const present = await contentsOf(connection);
    if (present.length > 0 && !options.force) {
      const names = present.slice(0, 5).join(', ');
      throw new BackupError(
        `The database ${target} is not empty: it holds ${present.length} table${present.length === 1 ? '' : 's'} or other objects (${names}${present.length > 5 ? ', …' : ''}). ` +
          'Restore into a new, empty database, or give --force to replace everything in it.',
      );
    }
    if (present.length > 0) await dropEverything(connection);
  } finally {
    await connection.end();
  }

  await load(program, options.from, options.targetUrl, target);
  const comparison = compareTables(expected.tables, await databaseChecksums(options.targetUrl));
  if (!comparison.same) return { ...comparison, generation: undefined, migrationsApplied: 0 };

  const pool = createPool(options.targetUrl, 2);
  try {
    const { applied } = await migrateDatabase(createRegistryDb(pool));
    const from = options.manifest
      ? `${basename(options.from)} (a backup of ${options.manifest.database} taken at ${options.manifest.startedAt})`
      : basename(options.from);
    const generation = await startGeneration(
      pool,
      `Restored from ${from}${options.osUser ? ` by ${options.osUser}` : ''}.`,
    );
    return { ...comparison, generation, migrationsApplied: applied };
  } finally {
    await pool.end();
  }
}

/** The tables, views and stored routines of the connection's database, by name. */
async function contentsOf(connection: Connection): Promise<string[]> {
  const [rows] = await connection.query<RowDataPacket[]>(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()
     UNION ALL SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()
     ORDER BY name`,
  );
  return rows.map((row) => String(row.name));
}

/** Empties the database for --force: its views, tables and stored routines. */
async function dropEverything(connection: Connection): Promise<void> {
  const quote = (name: unknown) => `\`${String(name).replaceAll('`', '``')}\``;
  const [objects] = await connection.query<RowDataPacket[]>(
    `SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()`,
  );
  const [routines] = await connection.query<RowDataPacket[]>(
    `SELECT ROUTINE_NAME AS name, ROUTINE_TYPE AS type FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()`,
  );
  await connection.query('SET FOREIGN_KEY_CHECKS = 0');
  for (const view of objects.filter((row) => row.type === 'VIEW')) {
    await connection.query(`DROP VIEW IF EXISTS ${quote(view.name)}`);
  }
  for (const table of objects.filter((row) => row.type !== 'VIEW')) {
    await connection.query(`DROP TABLE IF EXISTS ${quote(table.name)}`);
  }
  for (const routine of routines) {
    await connection.query(
      `DROP ${routine.type === 'FUNCTION' ? 'FUNCTION' : 'PROCEDURE'} IF EXISTS ${quote(routine.name)}`,
    );
  }
}

/** Feeds the dump to the mariadb client; a BackupError with the client's own words when it fails. */
async function load(program: string, from: string, url: string, target: string): Promise<void> {
  const { database } = parseDatabaseUrl(url);
  const gzip = await isGzip(from);
  await withClientOptionsFile(url, async (optionsFile) => {
    const { child, finished } = startProgram(
      program,
      [`--defaults-extra-file=${optionsFile}`, '--default-character-set=utf8mb4', `--database=${database}`],
      'pipe',
    );
    // The client stops at the first error and closes its input: its own words say more than EPIPE.
    const fed = pipeline([
      createReadStream(from),
      ...(gzip ? [createGunzip()] : []),
      child.stdin as Writable,
    ]).then(
      () => undefined,
      (error: unknown) => error,
    );
    const [{ code, stderr }, feedError] = await Promise.all([finished, fed]);
    if (code !== 0) {
      throw new BackupError(
        `Loading the backup into ${target} failed: ${programComplaint(stderr)}. ` +
          'The database holds part of the backup: drop it, and restore into a new, empty database.',
      );
    }
    if (feedError) throw feedError;
  });
}
