import { type AuditOutcome, auditLog } from '@registry/db-schema';
import type { Queryable } from '../auth/queryable';

export type { AuditOutcome };

export interface AuditEntry {
  actorId?: string | null | undefined;
  /** Kept beside the id: the log still reads after a rename, and names unknown users of failed sign-ins. */
  actorUsername?: string | null | undefined;
  /** What was attempted, dotted: "auth.login", "admin.user.create", "sync.push". */
  action: string;
  /** What it was done to, e.g. "user:<id>", "hospital:<id>". */
  subject?: string | null | undefined;
  outcome: AuditOutcome;
  /** Facts worth keeping. Never a password or token: keys that look like secrets are dropped anyway. */
  detail?: Record<string, unknown> | null | undefined;
  ip?: string | null | undefined;
  /** When it happened; the database's clock by default (tests pass their own). */
  at?: Date;
}

const SECRET_KEY = /pass|token|secret|hash|authorization|cookie/i;

/** A copy of `detail` without any key that could hold a secret, at any depth. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, inner]) => [key, withoutSecrets(inner)]),
  );
}

const cut = (value: string | null | undefined, max: number) => (value == null ? null : value.slice(0, max));

/**
 * Appends one line to the audit log. Every sign-in, sign-out and admin action goes through here, and
 * other areas (sync push, exports) call it too. Pass a transaction to record together with the change.
 */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    ...(entry.at ? { at: entry.at } : {}),
    actorId: entry.actorId ?? null,
    actorUsername: cut(entry.actorUsername, 64),
    action: entry.action.slice(0, 64),
    subject: cut(entry.subject, 255),
    outcome: entry.outcome,
    detail: entry.detail ? (withoutSecrets(entry.detail) as Record<string, unknown>) : null,
    ip: cut(entry.ip, 45),
  });
}
