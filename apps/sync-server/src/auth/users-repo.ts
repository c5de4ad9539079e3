import type { UserRow } from '@registry/db-schema';
import { users } from '@registry/db-schema';
import type { Role } from '@registry/domain';
import { asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { RegistryDb } from '../db/registry-db';
import { parseWithProblems, problemsSentence } from '../http/describe-issues';
import { hospitalIdsOf, setMemberships } from './memberships-repo';
import { hashPassword, PASSWORD_PARAMS, type PasswordParams } from './passwords';
import type { Queryable } from './queryable';
import { isDuplicateKey, Refusal } from './refusal';
import { type NewUserInput, newUserSchema } from './user-rules';

/** A user as the rest of the server sees them: no password hash, with their hospitals. */
export interface StoredUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  active: boolean;
  hospitalIds: string[];
}

export interface CreateUserOptions {
  /** Cheap hashing for tests and demo seeds; the production cost by default. */
  passwordParams?: PasswordParams;
  /** The new user's id; a UUIDv7 by default. */
  id?: string;
}

/**
 * Adds a user with their hospitals, in one transaction. Refuses with a sentence (Refusal) an invalid
 * field (400), an unknown hospital (400) or a user name already taken, in any letter case (409).
 */
export async function createUser(
  db: RegistryDb,
  input: NewUserInput,
  { passwordParams = PASSWORD_PARAMS, id = uuidv7() }: CreateUserOptions = {},
): Promise<StoredUser> {
  const parsed = parseWithProblems(newUserSchema, input, 'a new user');
  if (!parsed.ok) throw new Refusal(400, problemsSentence(parsed.problems));
  const { password, hospitalIds, ...fields } = parsed.data;
  const passwordHash = await hashPassword(password, passwordParams);
  try {
    await db.transaction(async (tx) => {
      await tx.insert(users).values({ id, ...fields, passwordHash });
      await setMemberships(tx, id, hospitalIds);
    });
  } catch (error) {
    if (isDuplicateKey(error)) {
      throw new Refusal(409, `The username "${fields.username}" is already taken; choose another.`);
    }
    throw error;
  }
  return { id, ...fields, active: true, hospitalIds: [...hospitalIds].sort() };
}

/** Letter case does not matter: the column's collation makes "Amina" and "amina" one user. */
export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.trim())).limit(1);
  return row;
}

/** Ids are UUIDs; anything else names no one (and non-ASCII text compared with the ascii id column is an error). */
export const isUuidShaped = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  if (!isUuidShaped(id)) return undefined;
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** The user with their hospitals, or a 404 Refusal. */
export async function getStoredUser(db: Queryable, id: string): Promise<StoredUser> {
  const row = await findUserById(db, id);
  if (!row) throw new Refusal(404, 'There is no user with that id; reload the list of users.');
  return toStoredUser(row, await hospitalIdsOf(db, id));
}

export function toStoredUser(row: UserRow, hospitalIds: string[]): StoredUser {
  const { id, username, fullName, role, active } = row;
  return { id, username, fullName, role, active, hospitalIds };
}

export async function listUserRows(db: Queryable): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.fullName), asc(users.username));
}
