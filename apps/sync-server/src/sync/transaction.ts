import type { RegistryDb } from '../db/registry-db';

type Tx = Parameters<Parameters<RegistryDb['transaction']>[0]>[0];

// Deadlock, lock wait timeout, and a duplicate key from a concurrent push of the same versions: the
// transaction is rolled back whole, and running it again decides afresh (the duplicate is then held).
const RETRYABLE = new Set([1213, 1205, 1062]);
const MAX_ATTEMPTS = 5;

/**
 * A READ COMMITTED transaction, retried when the database chose it as a deadlock victim. Read
 * committed, so that statements after the seq lock see every push committed before it.
 */
export async function inTransaction<T>(db: RegistryDb, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work, { isolationLevel: 'read committed' });
    } catch (error) {
      const errno =
        (error as { errno?: number; cause?: { errno?: number } }).errno ??
        (error as { cause?: { errno?: number } }).cause?.errno;
      if (attempt >= MAX_ATTEMPTS || errno === undefined || !RETRYABLE.has(errno)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}

export type { Tx };
