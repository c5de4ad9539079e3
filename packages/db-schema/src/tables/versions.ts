import { sql } from 'drizzle-orm';
import { bigint, boolean, index, int, mysqlTable, tinyint, varchar } from 'drizzle-orm/mysql-core';
import { json, timeMs, uuid } from '../columns';

/**
 * Every version ever received, append-only (SYNC.md): rows are inserted, never updated or deleted.
 * `seq` is the server's order of arrival. It is not auto-increment: a push takes its seqs from
 * `seq_counter` as the last step before commit, so seq order is commit order and a pull reading
 * `seq > cursor` can never pass a version that commits later.
 */
export const versions = mysqlTable(
  'versions',
  {
    versionId: uuid('version_id').primaryKey(),
    seq: bigint('seq', { mode: 'number', unsigned: true }).notNull().unique('versions_seq_unique'),
    entity: varchar('entity', { length: 16 }).notNull(),
    entityId: uuid('entity_id').notNull(),
    /** The hospital whose members may see this version: the scope of permission-filtered pulls. */
    hospitalId: uuid('hospital_id').notNull(),
    parents: json<string[]>('parents').notNull(),
    data: json<Record<string, unknown>>('data').notNull(),
    deleted: boolean('deleted').notNull(),
    authorId: uuid('author_id').notNull(),
    deviceId: varchar('device_id', { length: 64 }).notNull(),
    /** The device's clock as sent: informative only, never used to order anything. */
    createdAt: varchar('created_at', { length: 40 }).notNull(),
    schemaVersion: int('schema_version').notNull(),
    receivedAt: timeMs('received_at').notNull().default(sql`CURRENT_TIMESTAMP(3)`),
  },
  (t) => [
    index('versions_hospital_seq_idx').on(t.hospitalId, t.seq),
    index('versions_entity_id_idx').on(t.entityId),
    index('versions_author_id_idx').on(t.authorId),
  ],
);

/** The id of the one row of `seq_counter` (inserted by the migration). */
export const SEQ_COUNTER_ID = 1;

/**
 * A single row holding the last seq handed out. A push locks it (UPDATE … LAST_INSERT_ID(value + n))
 * in the same round trip as its insert and commit, which serialises seq assignment with commit order
 * across every server instance.
 */
export const seqCounter = mysqlTable('seq_counter', {
  id: tinyint('id', { unsigned: true }).primaryKey(),
  value: bigint('value', { mode: 'number', unsigned: true }).notNull().default(0),
});
