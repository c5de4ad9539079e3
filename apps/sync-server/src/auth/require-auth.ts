import type { Context, MiddlewareHandler } from 'hono';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { apiError } from '../http/errors';
import { findSessionWithUser, touchSession } from './sessions-repo';
import { bearerToken, hashToken } from './tokens';

/** last_seen_at is a hint for admins, not a record: written at most this often per session. */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

function unauthorized(c: Context, message: string) {
  c.header('WWW-Authenticate', 'Bearer');
  return apiError(c, 401, message);
}

/**
 * Lets the request through only with a live session: `Authorization: Bearer <token>` whose hash is in
 * `sessions`, not expired, of an active user. Everything is read from the database on every request
 * (no cache), so a deactivation, a role change or new hospitals take effect at once on every instance.
 * Sets `c.var.actor` (with the current role and hospitals) and `c.var.tokenHash`.
 */
export function requireAuth({
  db,
  now = () => new Date(),
}: {
  db: RegistryDb;
  now?: () => Date;
}): MiddlewareHandler<AuthedEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) return unauthorized(c, 'You are not signed in. Sign in again to continue.');
    const tokenHash = hashToken(token);
    const session = await findSessionWithUser(db, tokenHash);
    if (!session) return unauthorized(c, 'Your session has ended or is not known here. Sign in again.');
    const at = now();
    if (session.expiresAt.getTime() <= at.getTime()) {
      return unauthorized(c, 'Your session has expired. Sign in again.');
    }
    const { user } = session;
    if (!user.active) {
      return unauthorized(
        c,
        'Your account has been deactivated. Ask an admin to reactivate it, then sign in again.',
      );
    }
    c.set('actor', { ...user, hospitalIds: session.hospitalIds });
    c.set('tokenHash', tokenHash);
    const staleBefore = new Date(at.getTime() - LAST_SEEN_GRANULARITY_MS);
    if (session.lastSeenAt < staleBefore) await touchSession(db, tokenHash, at, staleBefore);
    await next();
  };
}
