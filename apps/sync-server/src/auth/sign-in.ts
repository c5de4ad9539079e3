import type { LoginRequest, LoginResponse } from '@registry/domain';
import { recordAudit } from '../audit/record-audit';
import type { RegistryDb } from '../db/registry-db';
import type { AuthOptions } from './auth-options';
import { hospitalIdsOf } from './memberships-repo';
import { verifyAgainstNobody, verifyPassword } from './passwords';
import { createSession, deleteExpiredSessions } from './sessions-repo';
import { clearFailedLogins, recordFailedLogin } from './user-updates-repo';
import { findUserByUsername } from './users-repo';

export type SignInResult =
  | { ok: true; response: LoginResponse }
  | { ok: false; status: 401 | 429; message: string; retryAfterSeconds?: number };

/** The same words for an unknown user name and a wrong password, so neither reveals which names exist. */
export const WRONG_CREDENTIALS = 'The username or password is not right. Check both and try again.';

function lockedResult(lockedUntil: Date, now: Date): SignInResult {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const time = lockedUntil.toISOString().slice(11, 16);
  return {
    ok: false,
    status: 429,
    retryAfterSeconds: seconds,
    message: `Too many failed sign-ins: this account is locked until ${time} UTC (in ${minutes} minute${minutes === 1 ? '' : 's'}). Try again then, or ask an admin to reset the password.`,
  };
}

/**
 * Checks a user name and password and opens a session. Locked accounts are refused without looking
 * at the password, so guessing cannot go on during the lock. Every attempt is audited.
 */
export async function signIn(
  db: RegistryDb,
  { username, password, deviceId }: LoginRequest,
  options: AuthOptions,
  ip?: string,
): Promise<SignInResult> {
  const now = options.now();
  const audit = (outcome: 'ok' | 'failed' | 'denied', actorId: string | null, reason?: string) =>
    recordAudit(db, {
      at: now,
      actorId,
      actorUsername: username,
      action: 'auth.login',
      outcome,
      ip,
      detail: { ...(reason ? { reason } : {}), ...(deviceId ? { deviceId } : {}) },
    });
  const user = await findUserByUsername(db, username);
  if (!user) {
    await verifyAgainstNobody(password, options.passwordParams);
    await audit('failed', null, 'unknown username');
    return { ok: false, status: 401, message: WRONG_CREDENTIALS };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit('denied', user.id, 'locked');
    return lockedResult(user.lockedUntil, now);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const lockUntil = new Date(now.getTime() + options.lockoutMs);
    const locked = await recordFailedLogin(db, user.id, { maxFailures: options.maxFailedLogins, lockUntil });
    await audit('failed', user.id, locked ? 'wrong password; account locked' : 'wrong password');
    // The failure that locks the account says so at once, rather than on the next try.
    if (locked) return lockedResult(locked, now);
    return { ok: false, status: 401, message: WRONG_CREDENTIALS };
  }
  if (!user.active) {
    await audit('denied', user.id, 'deactivated');
    return { ok: false, status: 401, message: 'This account is deactivated. Ask an admin to reactivate it.' };
  }
  if (user.failedLogins > 0 || user.lockedUntil) await clearFailedLogins(db, user.id);
  await deleteExpiredSessions(db, user.id, now);
  const session = await createSession(db, {
    userId: user.id,
    deviceId,
    now,
    lifetimeMs: options.sessionLifetimeMs,
  });
  await audit('ok', user.id);
  const hospitalIds = await hospitalIdsOf(db, user.id);
  const { id, fullName, role } = user;
  return {
    ok: true,
    response: {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: { id, username: user.username, fullName, role, hospitalIds },
    },
  };
}
