import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { RowDataPacket } from 'mysql2/promise';
import { describeDatabaseUrl, parseDatabaseUrl } from '../../db/database-url';
import { BackupError } from './backup-error';
import { withClientOptionsFile } from './client-options-file';
import { findDumpProgram } from './client-programs';
import { baseTables, openDatabase } from './database-checksums';
import { DumpUnreadableError } from './dump-reader';
import { type BackupManifest, MANIFEST_FORMAT, manifestPathOf, writeManifest } from './manifest';
import { programComplaint, programVersion, startProgram } from './run-program';
import { dumpReaderTap, sha256Tap } from './stream-taps';

export interface BackupOptions {
  /** The database to back up (with its password: it goes into a private option file only). */
  databaseUrl: string;
  /** Where the dump goes (absolute); compressed with gzip when the name ends in .gz. */
  out: string;
  /** Where to look for mariadb-dump / mysqldump. */
  searchDirs: readonly string[];
  now?: () => Date;
  /** Told as the dump reaches each table's rows; the dump waits for what it returns (progress, tests). */
  onTableRows?: (table: string) => Promise<void> | void;
}

export interface BackupResult {
  path: string;
  manifestPath: string;
  manifest: BackupManifest;
}

/**
 * The options that make the dump a consistent snapshot of a database in use without locking it: one
 * transaction WITH CONSISTENT SNAPSHOT (every table is InnoDB), rows streamed as read, binary in hex,
 * stored routines and triggers included. No tablespaces, which would need the PROCESS privilege.
 */
export const DUMP_OPTIONS = [
  '--single-transaction',
  '--quick',
  '--routines',
  '--triggers',
  '--hex-blob',
  '--no-tablespaces',
  '--default-character-set=utf8mb4',
] as const;

/**
 * Writes a backup of the database: mariadb-dump's output, gzip'd for a .gz name, into a hidden file in
 * the same folder that is renamed to `out` only once complete; and its manifest beside it (manifest.ts),
 * computed from the dump's own text as it streams by, so it describes exactly the snapshot taken.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const now = options.now ?? (() => new Date());
  const program = findDumpProgram(options.searchDirs);
  const { database } = parseDatabaseUrl(options.databaseUrl);
  const source = describeDatabaseUrl(options.databaseUrl);
  const serverVersion = await checkSource(options.databaseUrl, source);
  const dumpProgram = await programVersion(program);
  const folder = dirname(options.out);
  await stat(folder).catch(() => {
    throw new BackupError(`The folder ${folder} does not exist: create it first.`);
  });
  const gzip = options.out.endsWith('.gz');
  const partial = join(folder, `.${basename(options.out)}.partial-${randomBytes(4).toString('hex')}`);
  const startedAt = now();

  try {
    const { contents, file } = await withClientOptionsFile(options.databaseUrl, async (optionsFile) => {
      const { child, finished } = startProgram(
        program,
        [`--defaults-extra-file=${optionsFile}`, ...DUMP_OPTIONS, '--', database],
        'ignore',
      );
      const reading = dumpReaderTap({ keepRowsOf: ['seq_counter'], onTableRows: options.onTableRows });
      const hashing = sha256Tap();
      const stages = [
        child.stdout as Readable,
        reading.stream,
        ...(gzip ? [createGzip()] : []),
        hashing.stream,
        // Backups hold patients' records and password hashes: readable by their owner only.
        createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
      ] as const;
      // When writing fails on our side (a full disk, unreadable output), the dump is stopped.
      const written = pipeline(stages).then(
        () => undefined,
        (error: unknown) => {
          child.kill();
          return error;
        },
      );
      const [{ code, stderr }, writeError] = await Promise.all([finished, written]);
      if (writeError) throw writeError;
      if (code !== 0) {
        throw new BackupError(
          `${basename(program)} could not back up ${source}: ${programComplaint(stderr)}.`,
        );
      }
      return { contents: reading.reader.end(), file: hashing.result() };
    });
    await syncFile(partial);
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      formatVersion: 1,
      startedAt: startedAt.toISOString(),
      completedAt: now().toISOString(),
      database,
      source,
      serverVersion,
      dumpProgram,
      file: { name: basename(options.out), bytes: file.bytes, sha256: file.sha256, gzip },
      lastSeq: lastSeqOf(contents.keptRows.seq_counter),
      tables: contents.tables,
    };
    // The manifest first: a backup file under its final name always has its manifest beside it.
    const manifestPath = manifestPathOf(options.out);
    await writeManifest(manifestPath, manifest);
    await rename(partial, options.out);
    return { path: options.out, manifestPath, manifest };
  } catch (error) {
    await unlink(partial).catch(() => {});
    if (error instanceof DumpUnreadableError) {
      throw new BackupError(
        `The dump of ${source} did not come out whole, so no backup was written. ${error.message}`,
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && error instanceof Error) {
      // The file system said no (no space left, no permission): no backup was kept.
      throw new BackupError(`Could not write the backup ${options.out}: ${error.message}.`);
    }
    throw error;
  }
}

/** The server's version; a BackupError when the database cannot be read or has nothing in it. */
async function checkSource(url: string, source: string): Promise<string> {
  const connection = await openDatabase(url);
  try {
    if ((await baseTables(connection)).length === 0) {
      throw new BackupError(`The database ${source} holds no tables: there is nothing to back up.`);
    }
    const [rows] = await connection.query<RowDataPacket[]>('SELECT VERSION() AS version');
    return String(rows[0]?.version ?? '');
  } finally {
    await connection.end();
  }
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function lastSeqOf(rows: (string | null)[][] | undefined): number | null {
  const value = rows?.find((row) => row[0] === '1')?.[1];
  return value == null ? null : Number(value);
}
