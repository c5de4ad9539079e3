import { users } from '@registry/db-schema';
import type { Role } from '@registry/domain';
import { eq } from 'drizzle-orm';
import type { RegistryDb } from '../db/registry-db';
import { hashPassword, PASSWORD_PARAMS, type PasswordParams } from './passwords';
import type { Queryable } from './queryable';
import { deleteUserSessions } from './sessions-repo';

// Changes to an existing user. Callers check that the user exists and that the change is allowed.

/** Deactivating also ends the user's sessions, so their token is refused at once. */
export async function setUserActive(db: Queryable, userId: string, active: boolean): Promise<void> {
  await db.update(users).set({ active }).where(eq(users.id, userId));
  if (!active) await deleteUserSessions(db, userId);
}

/** Takes effect on the user's next request: the role is read from the database every time. */
export async function setUserRole(db: Queryable, userId: string, role: Role): Promise<void> {
  await db.update(users).set({ role }).where(eq(users.id, userId));
}

/**
 * A new password (already checked against the rules), which also lifts a lockout and ends the user's
 * sessions: whoever knew the old password loses access, and the user signs in again with the new one.
 */
export async function setUserPassword(
  db: Queryable,
  userId: string,
  password: string,
  params: PasswordParams = PASSWORD_PARAMS,
): Promise<void> {
  const passwordHash = await hashPassword(password, params);
  await db
    .update(users)
    .set({ passwordHash, failedLogins: 0, lockedUntil: null })
    .where(eq(users.id, userId));
  await deleteUserSessions(db, userId);
}

/**
 * Counts a failed sign-in; the `maxFailures`-th in a row locks the account until `lockUntil` and starts
 * the count again. The row is locked while counting, so concurrent failures all count (one UPDATE
 * with both columns would depend on the order MySQL assigns them in, which varies by mode).
 * Returns when the account is now locked until, or null.
 */
export async function recordFailedLogin(
  db: RegistryDb,
  userId: string,
  { maxFailures, lockUntil }: { maxFailures: number; lockUntil: Date },
): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ failedLogins: users.failedLogins })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!row) return null;
    const locks = row.failedLogins + 1 >= maxFailures;
    await tx
      .update(users)
      .set(locks ? { failedLogins: 0, lockedUntil: lockUntil } : { failedLogins: row.failedLogins + 1 })
      .where(eq(users.id, userId));
    return locks ? lockUntil : null;
  });
}

export async function clearFailedLogins(db: Queryable, userId: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}
