import { sessions } from '@registry/db-schema';
import type { Role } from '@registry/domain';
import { and, eq, lt } from 'drizzle-orm';
import { rawQuery, utcDateColumn } from '../db/raw-sql';
import type { RegistryDb } from '../db/registry-db';
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

interface SessionUserRow {
  expires_at: Date;
  last_seen_at: Date;
  id: string;
  username: string;
  full_name: string;
  role: Role;
  active: number | boolean;
  hospital_ids: string | null;
}

/**
 * The session of a token hash with its user and the user's hospitals, in one query. It runs on every
 * authenticated request, so it is written in SQL (see sync/raw-sql.ts for why).
 */
export async function findSessionWithUser(db: RegistryDb, tokenHash: string) {
  const [row] = await rawQuery<SessionUserRow>(
    db.$client,
    `SELECT s.expires_at, s.last_seen_at, u.id, u.username, u.full_name, u.role, u.active,
            (SELECT GROUP_CONCAT(m.hospital_id ORDER BY m.hospital_id) FROM memberships m WHERE m.user_id = u.id) AS hospital_ids
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = ? LIMIT 1`,
    [tokenHash],
  );
  if (!row) return undefined;
  return {
    expiresAt: utcDateColumn(row.expires_at),
    lastSeenAt: utcDateColumn(row.last_seen_at),
    user: {
      id: row.id,
      username: row.username,
      fullName: row.full_name,
      role: row.role,
      active: Boolean(row.active),
    },
    hospitalIds: row.hospital_ids ? row.hospital_ids.split(',') : [],
  };
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
