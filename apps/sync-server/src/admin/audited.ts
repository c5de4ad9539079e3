import type { Context } from 'hono';
import { clientIp } from '../audit/client-ip';
import { recordAudit } from '../audit/record-audit';
import { Refusal } from '../auth/refusal';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';

export interface AdminAction {
  /** e.g. "admin.user.create". */
  action: string;
  subject?: string | undefined;
  /** What was asked, without secrets (recordAudit drops secret-looking keys anyway). */
  detail?: Record<string, unknown>;
}

/**
 * Runs an admin action and writes it to the audit log: "ok" when done, "failed" with the reason when
 * refused (duplicate, unknown id), "error" when something broke. Returns or rethrows what `work` did.
 */
export async function audited<T>(
  c: Context<AuthedEnv>,
  db: RegistryDb,
  { action, subject, detail = {} }: AdminAction,
  work: () => Promise<T>,
): Promise<T> {
  const { actor } = c.var;
  const base = { actorId: actor.id, actorUsername: actor.username, action, subject, ip: clientIp(c) };
  try {
    const result = await work();
    await recordAudit(db, { ...base, outcome: 'ok', detail });
    return result;
  } catch (error) {
    const refused = error instanceof Refusal;
    const reason = refused ? error.message : 'unexpected error';
    // The original error matters more than a failure to log it (the database may be what broke).
    await recordAudit(db, {
      ...base,
      outcome: refused ? 'failed' : 'error',
      detail: { ...detail, reason },
    }).catch(() => undefined);
    throw error;
  }
}
