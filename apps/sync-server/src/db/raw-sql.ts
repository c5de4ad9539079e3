import mysql from 'mysql2';
import type { Pool, PoolConnection } from 'mysql2/promise';

/** The pool, or one connection of it holding a transaction. */
export type SqlRunner = Pick<Pool, 'query'> | Pick<PoolConnection, 'query'>;

/**
 * SQL with `?` placeholders, values escaped by the driver (nested arrays for multi-row VALUES), dates
 * written in UTC. The sync hot path uses it instead of drizzle's query builder, which cost more CPU than
 * the queries themselves (most of a 20-version push's server time). Column names are those of the
 * tables in db-schema; the push, pull and export tests on MariaDB exercise every one of these queries.
 */
export function formatSql(text: string, values: readonly unknown[] = []): string {
  return mysql.format(text, values as mysql.SqlValue[], false, 'Z');
}

/** Runs one statement (or several joined by `;`) and returns the rows of a single SELECT. */
export async function rawQuery<Row>(
  runner: SqlRunner,
  text: string,
  values: readonly unknown[] = [],
): Promise<Row[]> {
  const [rows] = await runner.query(formatSql(text, values));
  return rows as Row[];
}

/** A DATETIME column as a Date (the pool reads them as UTC; see database-url.ts). */
export function utcDateColumn(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/** MariaDB returns JSON columns as text; MySQL returns them parsed. */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
