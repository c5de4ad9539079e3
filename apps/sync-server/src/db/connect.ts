import type { Pool } from 'mysql2/promise';
import { pathDirs } from '../env';
import type { Logger } from '../logger';
import { DatabaseUnavailableError, describeDatabaseError, isConnectionRefused } from './connection-error';
import { DEFAULT_DATABASE_URL, describeDatabaseUrl } from './database-url';
import { ensureDatabase } from './ensure-database';
import { ensurePrivateInstance } from './private-instance/ensure-private-instance';
import { EXTRA_SERVER_DIRS } from './private-instance/find-programs';
import { createPool, createRegistryDb, type RegistryDb } from './registry-db';

export interface ConnectOptions {
  /** DATABASE_URL: when set it is the only database tried; no fallback. */
  databaseUrl?: string | undefined;
  /** Where a private instance keeps its data and port file. */
  dataDir: string;
  /** The address tried when DATABASE_URL is not set (a parameter so tests can aim at an unused port). */
  defaultUrl?: string;
  /** Where to look for mariadbd/mysqld; PATH and the usual sbin folders by default. */
  serverSearchDirs?: readonly string[];
  /** The first port tried for a new private instance (3307). */
  privatePort?: number;
  startTimeoutMs?: number;
  connectionLimit?: number;
  logger?: Logger;
}

export type DatabaseSource = 'DATABASE_URL' | 'default' | 'private';

export interface DatabaseHandle {
  db: RegistryDb;
  pool: Pool;
  /** The URL without its password, for logs and messages. */
  description: string;
  /** The full URL (with any password): for worker processes only, never for logs. */
  url: string;
  source: DatabaseSource;
  close(): Promise<void>;
}

/**
 * Resolves the database: DATABASE_URL if set; otherwise the local default address; otherwise, when
 * nothing answers there and a server program is installed, a private instance in DATA_DIR. Creates
 * the database when missing. Fails with a DatabaseUnavailableError saying, in one sentence, what to do.
 */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    await ensureOrExplain(options.databaseUrl, ' (from DATABASE_URL)', 'Check DATABASE_URL.');
    return open(options.databaseUrl, 'DATABASE_URL', options);
  }
  const defaultUrl = options.defaultUrl ?? DEFAULT_DATABASE_URL;
  try {
    await ensureDatabase(defaultUrl);
    return open(defaultUrl, 'default', options);
  } catch (error) {
    if (!isConnectionRefused(error)) {
      throw explain(
        error,
        defaultUrl,
        '',
        'Fix that server, or set DATABASE_URL=mysql://user:pass@host:3306/registry.',
      );
    }
  }
  const instance = await ensurePrivateInstance({
    dataDir: options.dataDir,
    defaultUrl,
    searchDirs: options.serverSearchDirs ?? [...pathDirs(), ...EXTRA_SERVER_DIRS],
    firstPort: options.privatePort ?? 3307,
    startTimeoutMs: options.startTimeoutMs ?? 60_000,
    logger: options.logger,
  });
  await ensureOrExplain(instance.url, ' (the private instance)', `Stop it and look at ${options.dataDir}.`);
  return open(instance.url, 'private', options);
}

async function ensureOrExplain(url: string, where: string, advice: string): Promise<void> {
  try {
    await ensureDatabase(url);
  } catch (error) {
    throw explain(error, url, where, advice);
  }
}

function explain(error: unknown, url: string, where: string, advice: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `Cannot use the database at ${describeDatabaseUrl(url)}${where}: ${describeDatabaseError(error)}. ${advice}`,
  );
}

function open(url: string, source: DatabaseSource, options: ConnectOptions): DatabaseHandle {
  const pool = createPool(url, options.connectionLimit);
  const description = describeDatabaseUrl(url);
  options.logger?.info({ database: description, source }, 'Database ready');
  return { db: createRegistryDb(pool), pool, description, url, source, close: () => pool.end() };
}
