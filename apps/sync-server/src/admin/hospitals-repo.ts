import type { HospitalRow } from '@registry/db-schema';
import { hospitals } from '@registry/db-schema';
import { type Hospital, validateReferenceData } from '@registry/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '../auth/queryable';
import { isDuplicateKey, Refusal } from '../auth/refusal';
import { isUuidShaped } from '../auth/users-repo';
import { problemsSentence } from '../http/describe-issues';

export interface NewHospital {
  name: string;
  address?: string | null | undefined;
  region?: string | null | undefined;
  zone?: string | null | undefined;
}

/** The stored row as the domain's Hospital: absent rather than null, as devices receive it. */
export function toHospital(row: HospitalRow): Hospital {
  return {
    id: row.id,
    name: row.name,
    ...(row.address ? { address: row.address } : {}),
    ...(row.region ? { region: row.region } : {}),
    ...(row.zone ? { zone: row.zone } : {}),
    active: row.active,
  };
}

/** The domain's check of a hospital, as a 400 Refusal listing every problem. */
function checked(data: Record<string, unknown>): Hospital {
  const result = validateReferenceData('hospital', data);
  if (!result.ok) throw new Refusal(400, problemsSentence(result.problems));
  return result.data;
}

const columns = (hospital: Hospital) => ({
  name: hospital.name,
  address: hospital.address ?? null,
  region: hospital.region ?? null,
  zone: hospital.zone ?? null,
  active: hospital.active,
});

async function storing<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateKey(error)) {
      throw new Refusal(409, `A hospital named "${name}" already exists; choose another name.`);
    }
    throw error;
  }
}

/** Adds an active hospital. Refuses (Refusal) invalid fields (400) and a name already used (409). */
export async function createHospital(
  db: Queryable,
  input: NewHospital,
  { id = uuidv7() }: { id?: string } = {},
): Promise<Hospital> {
  const hospital = checked({ ...input, id, active: true });
  await storing(hospital.name, () => db.insert(hospitals).values({ id, ...columns(hospital) }));
  return hospital;
}

/**
 * Changes a hospital's fields; null clears an optional one. Refuses an unknown id (404), invalid
 * fields (400) and another hospital's name (409).
 */
export async function updateHospital(
  db: Queryable,
  id: string,
  changes: Partial<NewHospital> & { active?: boolean },
): Promise<Hospital> {
  const current = await findHospitalById(db, id);
  if (!current) throw new Refusal(404, 'There is no hospital with that id; reload the list of hospitals.');
  const hospital = checked({ ...current, ...changes, id });
  await storing(hospital.name, () => db.update(hospitals).set(columns(hospital)).where(eq(hospitals.id, id)));
  return hospital;
}

export async function findHospitalById(db: Queryable, id: string): Promise<Hospital | undefined> {
  if (!isUuidShaped(id)) return undefined; // names no hospital; non-ASCII text would be an error in SQL
  const [row] = await db.select().from(hospitals).where(eq(hospitals.id, id)).limit(1);
  return row && toHospital(row);
}

/** Hospitals by name (letter case does not matter), e.g. for the CLI's --hospital. */
export async function findHospitalsByName(db: Queryable, names: readonly string[]): Promise<Hospital[]> {
  if (names.length === 0) return [];
  const rows = await db
    .select()
    .from(hospitals)
    .where(inArray(hospitals.name, [...names]));
  return rows.map(toHospital);
}

/** Every hospital, inactive ones too (old records still name them), by name. */
export async function listHospitals(db: Queryable): Promise<Hospital[]> {
  const rows = await db.select().from(hospitals).orderBy(asc(hospitals.name));
  return rows.map(toHospital);
}
