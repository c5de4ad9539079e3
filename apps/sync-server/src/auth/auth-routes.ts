import { loginRequestSchema, type SessionUser } from '@registry/domain';
import { Hono } from 'hono';
import { clientIp } from '../audit/client-ip';
import { recordAudit } from '../audit/record-audit';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { jsonBodyLimit } from '../http/body-limit';
import { apiError } from '../http/errors';
import { jsonBody } from '../http/validated';
import type { AuthOptions } from './auth-options';
import { requireAuth } from './require-auth';
import { deleteSession } from './sessions-repo';
import { signIn } from './sign-in';

/**
 * POST /auth/login {username, password, deviceId?} → 200 {token, expiresAt, user}; 401 wrong
 * credentials or deactivated; 429 locked (with Retry-After).
 * POST /auth/logout → 204, the token no longer works. GET /auth/me → the SessionUser, fresh from the database.
 */
export function authRoutes({ db, options }: { db: RegistryDb; options: AuthOptions }) {
  const auth = requireAuth({ db, now: options.now });
  return new Hono<AuthedEnv>()
    .basePath('/auth')
    .post('/login', jsonBodyLimit(), jsonBody(loginRequestSchema, 'a sign-in'), async (c) => {
      const result = await signIn(db, c.req.valid('json'), options, clientIp(c));
      c.header('Cache-Control', 'no-store');
      if (result.ok) return c.json(result.response);
      if (result.retryAfterSeconds) c.header('Retry-After', String(result.retryAfterSeconds));
      return apiError(c, result.status, result.message);
    })
    .post('/logout', auth, async (c) => {
      const { actor, tokenHash } = c.var;
      await deleteSession(db, tokenHash);
      await recordAudit(db, {
        at: options.now(),
        actorId: actor.id,
        actorUsername: actor.username,
        action: 'auth.logout',
        outcome: 'ok',
        ip: clientIp(c),
      });
      return c.body(null, 204);
    })
    .get('/me', auth, (c) => {
      const { id, username, fullName, role, hospitalIds } = c.var.actor;
      c.header('Cache-Control', 'no-store');
      return c.json<SessionUser>({ id, username, fullName, role, hospitalIds: [...hospitalIds] });
    });
}
