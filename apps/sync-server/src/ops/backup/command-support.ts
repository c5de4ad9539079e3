import { resolve } from 'node:path';
import type { CliIo } from '../../cli/command';
import { UsageError } from '../../cli/command';
import { connectDatabase } from '../../db/connect';
import { loadEnv, pathDirs } from '../../env';
import { createLogger } from '../../logger';
import { EXTRA_CLIENT_DIRS } from './client-programs';
import type { TableSum } from './row-hash';

/** A path as typed where `pnpm cli` was run (pnpm's INIT_CWD), not in the package folder pnpm runs in. */
export function pathFromCli(io: CliIo, path: string): string {
  return resolve(io.env.INIT_CWD || process.cwd(), path);
}

/** Where the client programs are looked for: PATH, then the usual folders. */
export function clientSearchDirs(io: CliIo): string[] {
  return [...pathDirs(io.env), ...EXTRA_CLIENT_DIRS];
}

/**
 * A database URL from an option or, when it is not given, from an environment variable (which keeps a
 * password out of the list of processes). Never echoed: it may hold a password.
 */
export function databaseUrlOption(
  io: CliIo,
  value: string | undefined,
  option: string,
  envName: string,
): string | undefined {
  const url = value?.trim() || io.env[envName]?.trim();
  if (!url) return undefined;
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {}
  if (protocol !== 'mysql:') {
    throw new UsageError(
      `${value?.trim() ? `--${option}` : envName} must look like mysql://user:password@host:3306/name`,
    );
  }
  return url;
}

/**
 * The database the CLI uses (DATABASE_URL, else the local default, else the private instance: see
 * db/connect.ts), without migrating it: backing up and comparing must not change what they read.
 */
export async function cliDatabaseUrl(io: CliIo): Promise<string> {
  const env = loadEnv(io.env);
  // Taken as it is: connecting would create a database missing through a typing error.
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const logger = createLogger({ level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL, format: 'pretty' });
  const database = await connectDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logger,
    connectionLimit: 1,
  });
  await database.close();
  return database.url;
}

/** "12 tables, 34,567 rows". */
export function tablesSummary(tables: Record<string, TableSum>): string {
  const sums = Object.values(tables);
  const rows = sums.reduce((total, sum) => total + sum.rows, 0);
  return `${sums.length} table${sums.length === 1 ? '' : 's'}, ${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'}`;
}

export function byteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
