import { recordAudit } from '../audit/record-audit';
import { Refusal } from '../auth/refusal';
import { connectDatabase } from '../db/connect';
import { migrateDatabase } from '../db/migrate';
import type { RegistryDb } from '../db/registry-db';
import { loadEnv } from '../env';
import { createLogger } from '../logger';
import { type CliIo, UsageError } from './command';

/**
 * Connects as `migrate` does, brings the schema up to date (so the first admin can be added before the
 * server ever starts), runs `work`, and closes. A Refusal (duplicate, unknown name) is printed as its
 * one sentence with exit code 1; `work` returns the exit code otherwise.
 */
export async function withDatabase(io: CliIo, work: (db: RegistryDb) => Promise<number>): Promise<number> {
  const env = loadEnv(io.env);
  // Only warnings from the connector: the command prints its own result.
  const logger = createLogger({ level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL, format: 'pretty' });
  const database = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger });
  try {
    await migrateDatabase(database.db);
    return await work(database.db);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.err(error.message);
    return 1;
  } finally {
    await database.close();
  }
}

/** A required option's value, or a UsageError naming it. */
export function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

/** Audits what an operator did at the server's console: there is no signed-in user, so the OS user is noted. */
export function recordCliAudit(
  db: RegistryDb,
  io: CliIo,
  entry: { action: string; subject?: string; detail?: Record<string, unknown> },
): Promise<void> {
  const osUser = io.env.USER ?? io.env.USERNAME;
  return recordAudit(db, {
    ...entry,
    outcome: 'ok',
    detail: { ...entry.detail, via: 'cli', ...(osUser ? { osUser } : {}) },
  });
}
