import mysql from 'mysql2/promise';
import { isUnknownDatabase } from './connection-error';
import { connectionOptions, parseDatabaseUrl } from './database-url';

/**
 * Makes sure the URL's database exists, creating it when missing. Connecting to it first (rather than
 * always running CREATE DATABASE) works for users who may use a database but not create one.
 * Errors from the driver are passed on for the caller to describe.
 */
export async function ensureDatabase(url: string): Promise<{ created: boolean }> {
  try {
    const connection = await mysql.createConnection(connectionOptions(url));
    await connection.end();
    return { created: false };
  } catch (error) {
    if (!isUnknownDatabase(error)) throw error;
  }
  const { database } = parseDatabaseUrl(url);
  const connection = await mysql.createConnection(connectionOptions(url, { database: false }));
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database.replaceAll('`', '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    return { created: true };
  } finally {
    await connection.end();
  }
}

/** True when a server answers at the URL and accepts the login (the database is not needed). */
export async function serverAnswers(url: string, connectTimeout = 2000): Promise<boolean> {
  try {
    const connection = await mysql.createConnection({
      ...connectionOptions(url, { database: false }),
      connectTimeout,
    });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}
