import type { Context } from 'hono';
import { clientIp } from '../audit/client-ip';
import { recordAudit } from '../audit/record-audit';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';

/**
 * Writes an export to the audit log before its first byte leaves: exports carry patients' names and
 * phone numbers out of the registry, so who took what, and with which filters, is always on record.
 */
export async function auditExport(
  c: Context<AuthedEnv>,
  db: RegistryDb,
  at: Date,
  kind: string,
  filters: Record<string, unknown>,
): Promise<void> {
  const { actor } = c.var;
  await recordAudit(db, {
    at,
    actorId: actor.id,
    actorUsername: actor.username,
    action: 'export',
    subject: kind,
    outcome: 'ok',
    detail: { kind, filters },
    ip: clientIp(c),
  });
}
