import { rawQuery, type SqlRunner } from '../db/raw-sql';

/**
 * In one round trip: the database's current generation ('' until it is first restored) and the id of
 * the version at `seq` (null when there is none), which together tell whether a cursor still fits it.
 */
export async function cursorCheck(
  db: SqlRunner,
  seq: number,
): Promise<{ generation: string; versionAtSeq: string | null }> {
  const [row] = await rawQuery<{ generation: string | null; versionAtSeq: string | null }>(
    db,
    `SELECT (SELECT generation FROM database_generation ORDER BY id DESC LIMIT 1) AS generation,
            (SELECT version_id FROM versions WHERE seq = ?) AS versionAtSeq`,
    [seq],
  );
  return { generation: row?.generation ?? '', versionAtSeq: row?.versionAtSeq ?? null };
}
