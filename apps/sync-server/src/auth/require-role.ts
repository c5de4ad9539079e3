import { ACTION_ROLES, type Action, can, hasRole, type Role } from '@registry/domain';
import type { MiddlewareHandler } from 'hono';
import { clientIp } from '../audit/client-ip';
import { recordAudit } from '../audit/record-audit';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { apiError } from '../http/errors';

const ACTION_WORDS: Record<Action, string> = {
  manageUsers: 'manage users',
  manageHospitals: 'manage hospitals',
  readAuditLog: 'read the audit log',
  viewDevices: 'see the devices',
  restoreDeleted: 'restore deleted records',
  importDeviceExport: "import a device's export file",
  resolveConflicts: 'resolve conflicts',
  mergeDuplicates: 'merge duplicate patients',
  review: 'review records',
  reports: 'see reports',
  export: 'export data',
  record: 'record patients',
};

const article = (role: Role) => (role === 'admin' ? 'an' : 'a');

/** After requireAuth: 403 with a sentence unless the signed-in user has at least `role`. */
export function requireRole(role: Role): MiddlewareHandler<AuthedEnv> {
  return async (c, next) => {
    const { actor } = c.var;
    if (!actor.active || !hasRole(actor.role, role)) {
      return apiError(c, 403, `Only ${role}s may do this. Ask ${article(role)} ${role} if it needs doing.`);
    }
    await next();
  };
}

/**
 * After requireAuth: 403 with a sentence unless the domain's rules let the user do `action`.
 * With `audit`, a refusal is also written to the audit log (someone probing admin pages is worth knowing).
 */
export function requireAction(action: Action, audit?: { db: RegistryDb }): MiddlewareHandler<AuthedEnv> {
  return async (c, next) => {
    const { actor } = c.var;
    if (can(actor, action)) return next();
    const needed = ACTION_ROLES[action];
    if (audit) {
      await recordAudit(audit.db, {
        actorId: actor.id,
        actorUsername: actor.username,
        action: 'access.denied',
        subject: `${c.req.method} ${c.req.path}`.slice(0, 255),
        outcome: 'denied',
        detail: { needs: action, role: actor.role },
        ip: clientIp(c),
      });
    }
    return apiError(
      c,
      403,
      `Only ${needed}s may ${ACTION_WORDS[action]}. Ask ${article(needed)} ${needed} if it needs doing.`,
    );
  };
}
