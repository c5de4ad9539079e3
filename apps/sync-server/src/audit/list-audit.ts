import { type AuditOutcome, auditLog } from '@registry/db-schema';
import { and, desc, eq, gte, like, lt, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../auth/queryable';
import { isUuidShaped } from '../auth/users-repo';

export interface AuditFilters {
  /** A user name or user id. */
  actor?: string | undefined;
  /** An action, or a prefix ending in * ("admin.*"). */
  action?: string | undefined;
  outcome?: AuditOutcome | undefined;
  /** From this instant, inclusive. */
  from?: Date | undefined;
  /** Before this instant, exclusive. */
  before?: Date | undefined;
  limit: number;
  /** Entries with a smaller id than this, i.e. older: the `nextCursor` of the previous page. */
  cursor?: number | undefined;
}

export interface AuditView {
  id: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  subject: string | null;
  outcome: AuditOutcome;
  detail: Record<string, unknown> | null;
  ip: string | null;
}

const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function conditions(filters: AuditFilters): SQL[] {
  const where: (SQL | undefined)[] = [
    // Only a UUID can be an actor id; other text compared with the ascii id column is an SQL error.
    filters.actor && isUuidShaped(filters.actor)
      ? or(eq(auditLog.actorUsername, filters.actor), eq(auditLog.actorId, filters.actor))
      : undefined,
    filters.actor && !isUuidShaped(filters.actor) ? eq(auditLog.actorUsername, filters.actor) : undefined,
    filters.action?.endsWith('*')
      ? like(auditLog.action, likePrefix(filters.action.slice(0, -1)))
      : undefined,
    filters.action && !filters.action.endsWith('*') ? eq(auditLog.action, filters.action) : undefined,
    filters.outcome ? eq(auditLog.outcome, filters.outcome) : undefined,
    filters.from ? gte(auditLog.at, filters.from) : undefined,
    filters.before ? lt(auditLog.at, filters.before) : undefined,
    filters.cursor !== undefined ? lt(auditLog.id, filters.cursor) : undefined,
  ];
  return where.filter((condition): condition is SQL => condition !== undefined);
}

/** Newest first, a page at a time; paging on the id is stable while new entries arrive. */
export async function listAudit(
  db: Queryable,
  filters: AuditFilters,
): Promise<{ entries: AuditView[]; nextCursor: string | null }> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions(filters)))
    .orderBy(desc(auditLog.id))
    .limit(filters.limit + 1);
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    entries: page.map((row) => ({ ...row, at: row.at.toISOString() })),
    nextCursor: rows.length > filters.limit && last ? String(last.id) : null,
  };
}
