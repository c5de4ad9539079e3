import type { PoolConnection } from 'mysql2/promise';
import type { RegistryDb } from '../db/registry-db';

// Deadlock, lock wait timeout, and a duplicate key from a concurrent push of the same versions: the
// transaction is rolled back whole, and running it again decides afresh (the duplicate is then held).
const RETRYABLE = new Set([1213, 1205, 1062]);
const MAX_ATTEMPTS = 5;

/**
 * Runs `work` on one pooled connection, retried when the database rolled it back for a reason that
 * running it again solves. `work` starts and commits its own transaction, so that it can put
 * START TRANSACTION and COMMIT in the same round trips as its statements; on any error the
 * transaction is rolled back here. Connections are READ COMMITTED (see createPool).
 */
export async function onConnection<T>(
  db: RegistryDb,
  work: (connection: PoolConnection) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const connection = await db.$client.getConnection();
    try {
      return await work(connection);
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      const errno = (error as { errno?: number }).errno;
      if (attempt >= MAX_ATTEMPTS || errno === undefined || !RETRYABLE.has(errno)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    } finally {
      connection.release();
    }
  }
}
