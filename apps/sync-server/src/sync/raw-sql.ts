import { sql } from 'drizzle-orm';
import mysql from 'mysql2';
import type { Queryable } from '../auth/queryable';

type Executor = Pick<Queryable, never> & { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> };

/**
 * Runs SQL formatted by mysql2 (values escaped by the driver, `?` for each, nested arrays for multi-row
 * VALUES) through drizzle's database or transaction, returning plain rows. The sync hot path uses it
 * where drizzle's query builder costs more CPU than the query itself: a push of 20 versions spent most
 * of its server time building and mapping queries. Column names come from the tables in db-schema;
 * the round-trip tests keep the two in step.
 */
export async function rawQuery<Row>(db: Executor, text: string, values: unknown[] = []): Promise<Row[]> {
  const [rows] = (await db.execute(
    sql.raw(mysql.format(text, values as mysql.SqlValue[], false, 'Z')),
  )) as unknown as [Row[]];
  return rows;
}

/**
 * A DATETIME column as a Date. Through drizzle's connection it arrives as text in UTC
 * ("2026-11-22 10:41:07.123"); the connection's time zone is UTC (see createPool).
 */
export function utcDateColumn(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/** MariaDB returns JSON columns as text; MySQL returns them parsed. */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
