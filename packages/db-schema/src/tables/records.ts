import { boolean, index, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { json, updatedAt, uuid } from '../columns';

/**
 * The current state of each record, derived from `versions` with the domain's heads function and
 * rewritten whenever a version of the record arrives. A cache for reads, exports and stats: it can
 * always be rebuilt from `versions`, which stay the truth.
 */
export const records = mysqlTable(
  'records',
  {
    entityId: uuid('entity_id').primaryKey(),
    entity: varchar('entity', { length: 16 }).notNull(),
    hospitalId: uuid('hospital_id').notNull(),
    /** The patient an episode or log entry belongs to (the record itself for a patient); null if unknown. */
    patientId: uuid('patient_id'),
    headVersionIds: json<string[]>('head_version_ids').notNull(),
    preferredVersionId: uuid('preferred_version_id').notNull(),
    inConflict: boolean('in_conflict').notNull().default(false),
    deleted: boolean('deleted').notNull().default(false),
    /**
     * The record's most recently received version (when it last changed). Known before a push takes its
     * seqs, so the projection is written outside the short section that holds the seq lock.
     */
    lastVersionId: uuid('last_version_id').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('records_entity_hospital_idx').on(t.entity, t.hospitalId),
    index('records_in_conflict_idx').on(t.inConflict),
    index('records_patient_id_idx').on(t.patientId),
  ],
);
