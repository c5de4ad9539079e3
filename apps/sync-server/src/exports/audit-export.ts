import type { Context } from 'hono';
import { clientIp } from '../audit/client-ip';
import { recordAudit } from '../audit/record-audit';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';

/** Who took an export, for the audit line; `detail` adds to `{kind, filters}` (the CLI's `via: 'cli'`). */
export interface ExportTaker {
  actorId: string | null;
  actorUsername: string;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Writes an export to the audit log before its first byte leaves: exports carry patients' names and
 * phone numbers out of the registry, so who took what, and with which filters, is always on record.
 * The routes and `pnpm cli export` both write it through here.
 */
export async function recordExportAudit(
  db: RegistryDb,
  at: Date,
  kind: string,
  filters: Record<string, unknown>,
  taker: ExportTaker,
): Promise<void> {
  await recordAudit(db, {
    at,
    actorId: taker.actorId,
    actorUsername: taker.actorUsername,
    action: 'export',
    subject: kind,
    outcome: 'ok',
    detail: { kind, filters, ...taker.detail },
    ip: taker.ip ?? null,
  });
}

/** The audit line of an export through the API: the signed-in user and their address. */
export async function auditExport(
  c: Context<AuthedEnv>,
  db: RegistryDb,
  at: Date,
  kind: string,
  filters: Record<string, unknown>,
): Promise<void> {
  const { actor } = c.var;
  await recordExportAudit(db, at, kind, filters, {
    actorId: actor.id,
    actorUsername: actor.username,
    ip: clientIp(c),
  });
}
