import { type AuditOutcome, auditLog } from '@registry/db-schema';
import type { Queryable } from '../auth/queryable';
import { formatSql } from '../db/raw-sql';

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

/** Half of a surrogate pair: not Unicode, and refused by the database's JSON check (a 500, a lost line). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/**
 * A copy of `detail` without any key that could hold a secret, at any depth, and with text made
 * storable: whatever a client typed (a name, a device id) can be logged.
 */
export function withoutSecrets(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, inner]) => [wellFormed(key), withoutSecrets(inner)]),
  );
}

const cut = (value: string | null | undefined, max: number) => (value == null ? null : value.slice(0, max));

/** The row of an entry: long texts cut to their columns, secrets dropped from the detail. */
function auditRow(entry: AuditEntry) {
  return {
    ...(entry.at ? { at: entry.at } : {}),
    actorId: entry.actorId ?? null,
    actorUsername: cut(entry.actorUsername, 64),
    action: entry.action.slice(0, 64),
    subject: cut(entry.subject, 255),
    outcome: entry.outcome,
    detail: entry.detail ? (withoutSecrets(entry.detail) as Record<string, unknown>) : null,
    ip: cut(entry.ip, 45),
  };
}

/**
 * Appends one line to the audit log. Every sign-in, sign-out and admin action goes through here, and
 * other areas (exports) call it too. Pass a transaction to record together with the change.
 */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(auditRow(entry));
}

/** The same line as one SQL statement, for the sync push, which commits it in its own round trip. */
export function auditInsertSql(entry: AuditEntry & { at: Date }): string {
  const row = auditRow(entry);
  return formatSql(
    'INSERT INTO audit_log (at, actor_id, actor_username, action, subject, outcome, detail, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [
      entry.at,
      row.actorId,
      row.actorUsername,
      row.action,
      row.subject,
      row.outcome,
      row.detail && JSON.stringify(row.detail),
      row.ip,
    ],
  );
}
