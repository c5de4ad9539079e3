import {
  PUSH_LIMITS,
  type PushRequest,
  pullQuerySchema,
  pushRequestSchema,
  recentQuerySchema,
} from '@registry/domain';
import { Hono, type MiddlewareHandler } from 'hono';
import { clientIp } from '../audit/client-ip';
import { auditInsertSql } from '../audit/record-audit';
import { requireAuth } from '../auth/require-auth';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { jsonBodyLimit } from '../http/body-limit';
import { apiError } from '../http/errors';
import { jsonBody, queryParams } from '../http/validated';
import { BadCursorError } from './cursor';
import { deviceContactSql, deviceReport } from './device-contact';
import { pullVersions } from './pull-versions';
import { pushVersions } from './push-versions';
import { recentVersions } from './recent-versions';

export interface SyncRouteDeps {
  db: RegistryDb;
  now?: () => Date;
}

/** A push over the count limit is 413 (as the protocol says), not a 400 from the schema's max. */
const versionCountLimit: MiddlewareHandler = async (c, next) => {
  let count = 0;
  try {
    const body = JSON.parse(await c.req.text()) as { versions?: unknown };
    count = Array.isArray(body?.versions) ? body.versions.length : 0;
  } catch {
    // Malformed JSON is answered by the body validator with a 400.
  }
  if (count > PUSH_LIMITS.maxVersions) {
    return apiError(
      c,
      413,
      `A push may hold at most ${PUSH_LIMITS.maxVersions} versions; this one held ${count}. Send them in smaller batches.`,
    );
  }
  await next();
};

/** POST /sync/push and GET /sync/pull (SYNC.md): the contract every client relies on. */
export function syncRoutes({ db, now = () => new Date() }: SyncRouteDeps) {
  const app = new Hono<AuthedEnv>();
  // Per route, not app.use('/sync/*'), so an unknown path is a 404 rather than a 401.
  const auth = requireAuth({ db, now });

  app.post(
    '/sync/push',
    auth,
    jsonBodyLimit(PUSH_LIMITS.maxBytes),
    versionCountLimit,
    jsonBody(pushRequestSchema, 'a push'),
    async (c) => {
      const { actor } = c.var;
      const request: PushRequest = c.req.valid('json');
      // ?import=1: an admin loading the export file of a device that never reconnected (SYNC.md).
      const importing = c.req.query('import') === '1';
      if (importing && actor.role !== 'admin') {
        return apiError(c, 403, "Only admins may import a device's export file.");
      }
      const at = now();
      const report = importing ? undefined : deviceReport(c, request.deviceId);
      const result = await pushVersions(db, actor, request.versions, {
        now: at,
        importing,
        // One commit for the versions, the device's report and the audit line.
        alongside: (outcome) => [
          ...(report ? [deviceContactSql(actor.id, report, 'push', at)] : []),
          auditInsertSql({
            at,
            actorId: actor.id,
            actorUsername: actor.username,
            action: importing ? 'sync.import' : 'sync.push',
            subject: `device:${request.deviceId}`,
            outcome: outcome.rejected.length > 0 && outcome.accepted.length === 0 ? 'denied' : 'ok',
            detail: {
              accepted: outcome.accepted.length,
              duplicate: outcome.duplicate.length,
              rejected: outcome.rejected.length,
            },
            ip: clientIp(c),
          }),
        ],
      });
      return c.json(result);
    },
  );

  app.get('/sync/pull', auth, queryParams(pullQuerySchema, 'a pull'), async (c) => {
    const { actor } = c.var;
    const query = c.req.valid('query');
    try {
      const page = await pullVersions(db, actor, query);
      const report = deviceReport(c);
      if (report) await db.$client.query(deviceContactSql(actor.id, report, 'pull', now()));
      return c.json(page);
    } catch (error) {
      if (error instanceof BadCursorError) return apiError(c, 400, error.message);
      throw error;
    }
  });

  app.get(
    '/sync/recent',
    auth,
    queryParams(recentQuerySchema, 'a request for recent versions'),
    async (c) => {
      return c.json(await recentVersions(db, c.var.actor, c.req.valid('query')));
    },
  );

  return app;
}
