import type { RegistryDb } from '../db/registry-db';

type Tx = Parameters<Parameters<RegistryDb['transaction']>[0]>[0];

// Deadlock, lock wait timeout, and a duplicate key from a concurrent push of the same versions: the
// transaction is rolled back whole, and running it again decides afresh (the duplicate is then held).
const RETRYABLE = new Set([1213, 1205, 1062]);
const MAX_ATTEMPTS = 5;

/**
 * A transaction, retried when the database rolled it back for a reason that running it again solves.
 * Connections are READ COMMITTED (see createPool): statements after the seq lock see every push
 * committed before it.
 */
export async function inTransaction<T>(db: RegistryDb, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      const errno = errnoOf(error);
      if (attempt >= MAX_ATTEMPTS || errno === undefined || !RETRYABLE.has(errno)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}

/** Drizzle wraps driver errors; the MariaDB error number is on the error or its cause. */
function errnoOf(error: unknown): number | undefined {
  const e = error as { errno?: number; cause?: { errno?: number } };
  return e.errno ?? e.cause?.errno;
}

export type { Tx };
