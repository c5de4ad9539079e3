import type { StaffMember } from '@registry/domain';
import { hospitalIdsByUser } from '../auth/memberships-repo';
import type { Queryable } from '../auth/queryable';
import { listUserRows } from '../auth/users-repo';

/** The staff directory: every user, deactivated ones too, without anything that identifies a login. */
export async function listStaff(db: Queryable): Promise<StaffMember[]> {
  const [rows, hospitalsByUser] = await Promise.all([listUserRows(db), hospitalIdsByUser(db)]);
  return rows.map((row) => ({
    id: row.id,
    fullName: row.fullName,
    role: row.role,
    hospitalIds: hospitalsByUser.get(row.id) ?? [],
    active: row.active,
  }));
}
