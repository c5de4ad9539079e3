import { hospitals, memberships } from '@registry/db-schema';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Queryable } from './queryable';
import { Refusal } from './refusal';

/** The hospitals a user belongs to, sorted (read on every authenticated request). */
export async function hospitalIdsOf(db: Queryable, userId: string): Promise<string[]> {
  const rows = await db
    .select({ hospitalId: memberships.hospitalId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.hospitalId));
  return rows.map((row) => row.hospitalId);
}

/** Every user's hospitals at once, for lists of users. */
export async function hospitalIdsByUser(db: Queryable): Promise<Map<string, string[]>> {
  const rows = await db.select().from(memberships).orderBy(asc(memberships.hospitalId));
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.hospitalId]);
  return byUser;
}

/** Refuses (400) ids that name no hospital: the schema has no foreign keys, so this is the check. */
export async function assertHospitalsExist(db: Queryable, hospitalIds: readonly string[]): Promise<void> {
  if (hospitalIds.length === 0) return;
  const found = await db
    .select({ id: hospitals.id })
    .from(hospitals)
    .where(inArray(hospitals.id, [...hospitalIds]));
  const known = new Set(found.map((row) => row.id));
  const missing = hospitalIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new Refusal(400, `There is no hospital with the id ${missing.join(', ')}.`);
  }
}

/**
 * Makes `hospitalIds` the user's hospitals. Memberships that stay are left alone, so a reader never
 * sees a user with none in between; run it in a transaction to make the whole change atomic.
 */
export async function setMemberships(
  db: Queryable,
  userId: string,
  hospitalIds: readonly string[],
): Promise<void> {
  const wanted = [...new Set(hospitalIds.map((id) => id.toLowerCase()))];
  await assertHospitalsExist(db, wanted);
  await db
    .delete(memberships)
    .where(
      wanted.length === 0
        ? eq(memberships.userId, userId)
        : and(eq(memberships.userId, userId), notInArray(memberships.hospitalId, wanted)),
    );
  if (wanted.length === 0) return;
  await db
    .insert(memberships)
    .values(wanted.map((hospitalId) => ({ userId, hospitalId })))
    .onDuplicateKeyUpdate({ set: { hospitalId: sql`hospital_id` } });
}
