import { AUDIT_OUTCOMES, type AuditOutcome } from '@registry/domain';
import { bigint, index, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, json, uuid } from '../columns';

// The outcomes are the domain's (the admin API's audit entries carry them too).
export { AUDIT_OUTCOMES, type AuditOutcome };

/** Who did what, when, from where, and how it ended. Append-only; admins read it. */
export const auditLog = mysqlTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
    at: createdAt('at'),
    actorId: uuid('actor_id'),
    // Kept beside the id so the log still reads after a user is renamed, and for failed logins of unknown names.
    actorUsername: varchar('actor_username', { length: 64 }),
    action: varchar('action', { length: 64 }).notNull(),
    subject: varchar('subject', { length: 255 }),
    outcome: varchar('outcome', { length: 16 }).$type<AuditOutcome>().notNull(),
    detail: json<Record<string, unknown>>('detail'),
    ip: varchar('ip', { length: 45 }),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_id_idx').on(t.actorId),
    index('audit_log_action_idx').on(t.action),
  ],
);
