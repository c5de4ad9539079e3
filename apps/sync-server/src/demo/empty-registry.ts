import { hospitals, users, versions } from '@registry/db-schema';
import type { Queryable } from '../auth/queryable';

/** Whether anyone can sign in yet: the start hook seeds the demo only into a registry with no users. */
export async function hasAnyUser(db: Queryable): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

/**
 * Why the registry is not empty, as the sentence seed-demo refuses with; undefined when it is empty.
 * Hospitals and records count too: demo data mixed into real data could never be told apart.
 */
export async function whyNotEmpty(db: Queryable): Promise<string | undefined> {
  if (await hasAnyUser(db)) {
    return 'The database already has users, so no demo data was loaded: seed-demo only fills an empty registry.';
  }
  const [hospital] = await db.select({ id: hospitals.id }).from(hospitals).limit(1);
  const [version] = await db.select({ id: versions.versionId }).from(versions).limit(1);
  if (hospital || version) {
    return 'The database already has hospitals or records, so no demo data was loaded: seed-demo only fills an empty registry.';
  }
  return undefined;
}
