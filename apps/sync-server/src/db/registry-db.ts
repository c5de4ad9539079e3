import * as schema from '@registry/db-schema';
import { drizzle, type MySql2Database } from 'drizzle-orm/mysql2';
import mysql from 'mysql2';
import type { Pool } from 'mysql2/promise';
import { connectionOptions } from './database-url';

export type RegistryDb = MySql2Database<typeof schema> & { $client: Pool };

/** A pool sized for a small server; several instances can share one database. */
export function createPool(url: string, connectionLimit = 10): Pool {
  // The callback pool's 'connection' event hands over the raw connection (the promise pool's typings
  // claim otherwise), so the time zone is set there and the promise wrapper is returned.
  const pool = mysql.createPool({
    ...connectionOptions(url),
    connectionLimit,
    maxIdle: connectionLimit,
    idleTimeout: 60_000,
    enableKeepAlive: true,
    // No stack capture per query: it cost a tenth of a push's CPU. Errors keep their message and code.
    trace: false,
    // For the one multi-statement round trip of a push under the seq lock (sync/append-versions.ts).
    // Every value reaching SQL is escaped by the driver or bound by drizzle, never concatenated.
    multipleStatements: true,
  });
  // DATETIME columns hold UTC: make the session's NOW()/CURRENT_TIMESTAMP agree with what drizzle writes.
  // READ COMMITTED for every statement: after a push takes the seq lock it must see every push committed
  // before it; set once per connection, so a transaction starts with one round trip, not two.
  pool.on('connection', (connection) => {
    connection.query("SET time_zone = '+00:00'", () => {});
    connection.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', () => {});
  });
  return pool.promise();
}

export function createRegistryDb(pool: Pool): RegistryDb {
  return drizzle(pool, { schema, mode: 'default' });
}
