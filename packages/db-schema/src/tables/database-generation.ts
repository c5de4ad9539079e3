import { bigint, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { createdAt } from '../columns';

/**
 * Each time the database was brought back from a backup, newest last. Pull cursors carry the newest
 * generation: seqs handed out after a restore repeat numbers that devices had already read past, so a
 * cursor made before the restore must start again from the beginning (SYNC.md: no version is skipped).
 * A database never restored has no row (generation ''), so its cursors stay valid as they are.
 */
export const databaseGenerations = mysqlTable('database_generation', {
  id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
  /** A random name, unique to this restore; never reused. */
  generation: varchar('generation', { length: 32 }).notNull(),
  startedAt: createdAt('started_at'),
  /** What was restored, from which backup, by whom: for the operator reading it later. */
  reason: varchar('reason', { length: 500 }).notNull(),
});
