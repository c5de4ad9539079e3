import type { UserRow } from '@registry/db-schema';
import { hospitalIdsByUser, hospitalIdsOf } from '../auth/memberships-repo';
import type { Queryable } from '../auth/queryable';
import { Refusal } from '../auth/refusal';
import { findUserById, listUserRows, type StoredUser, toStoredUser } from '../auth/users-repo';

/** A user as the admin screen lists them: who, what role, which hospitals, and whether they can sign in. */
export interface AdminUserView extends StoredUser {
  /** True while a lockout after failed sign-ins lasts; a password reset lifts it. */
  locked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  createdAt: string;
}

export function toAdminView(row: UserRow, hospitalIds: string[], now: Date): AdminUserView {
  const locked = row.lockedUntil !== null && row.lockedUntil > now;
  return {
    ...toStoredUser(row, hospitalIds),
    locked,
    lockedUntil: locked && row.lockedUntil ? row.lockedUntil.toISOString() : null,
    failedLogins: row.failedLogins,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listAdminUsers(db: Queryable, now: Date): Promise<AdminUserView[]> {
  const [rows, hospitalsByUser] = await Promise.all([listUserRows(db), hospitalIdsByUser(db)]);
  return rows.map((row) => toAdminView(row, hospitalsByUser.get(row.id) ?? [], now));
}

/** One user for the admin screen, or a 404 Refusal. */
export async function getAdminUser(db: Queryable, id: string, now: Date): Promise<AdminUserView> {
  const row = await findUserById(db, id);
  if (!row) throw new Refusal(404, 'There is no user with that id; reload the list of users.');
  return toAdminView(row, await hospitalIdsOf(db, id), now);
}
