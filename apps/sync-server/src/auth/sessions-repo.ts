import { memberships, sessions, users } from '@registry/db-schema';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Queryable } from './queryable';
import { hashToken, newToken } from './tokens';

export interface NewSession {
  /** Handed to the device once; only its hash is stored. */
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export async function createSession(
  db: Queryable,
  { userId, deviceId, now, lifetimeMs }: { userId: string; deviceId?: string; now: Date; lifetimeMs: number },
): Promise<NewSession> {
  const token = newToken();
  const tokenHash = hashToken(token);
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  await db
    .insert(sessions)
    .values({ tokenHash, userId, deviceId: deviceId ?? null, createdAt: now, expiresAt, lastSeenAt: now });
  return { token, tokenHash, expiresAt };
}

/** The session of a token hash with its user, in one query (run on every authenticated request). */
export async function findSessionWithUser(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      user: {
        id: users.id,
        username: users.username,
        fullName: users.fullName,
        role: users.role,
        active: users.active,
      },
      // The user's hospitals in the same round trip: this runs on every authenticated request.
      hospitalIds: sql<
        string | null
      >`(SELECT GROUP_CONCAT(m.hospital_id ORDER BY m.hospital_id) FROM ${memberships} m WHERE m.user_id = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return row && { ...row, hospitalIds: row.hospitalIds ? row.hospitalIds.split(',') : [] };
}

/** Records that the session was used; the condition makes concurrent requests write at most once. */
export async function touchSession(
  db: Queryable,
  tokenHash: string,
  now: Date,
  olderThan: Date,
): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.tokenHash, tokenHash), lt(sessions.lastSeenAt, olderThan)));
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user: their tokens are refused from the next request on. */
export async function deleteUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Tidies a user's expired sessions (they are refused anyway); done at sign-in, so the table stays small. */
export async function deleteExpiredSessions(db: Queryable, userId: string, now: Date): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
}
