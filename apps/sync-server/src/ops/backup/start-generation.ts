import { randomBytes } from 'node:crypto';
import { rawQuery, type SqlRunner } from '../../db/raw-sql';

/** The table whose rows are meant to differ between a database and the backup it was restored from. */
export const GENERATION_TABLE = 'database_generation';

/**
 * Starts a new generation of the database (its table in db-schema says why): every pull cursor made
 * before it starts again from the beginning. Returns the generation's name.
 */
export async function startGeneration(db: SqlRunner, reason: string): Promise<string> {
  const generation = randomBytes(8).toString('hex');
  await rawQuery(db, 'INSERT INTO database_generation (generation, reason) VALUES (?, ?)', [
    generation,
    reason.slice(0, 500),
  ]);
  return generation;
}
