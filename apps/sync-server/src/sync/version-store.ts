import { rawQuery, type SqlRunner } from '../db/raw-sql';
import { VERSION_COLUMNS, type VersionRow } from './version-rows';

// The queries of the sync hot path (push and pull), in SQL written once here. See raw-sql.ts for why.

/** The stored versions with these ids. */
export function versionsById(db: SqlRunner, ids: readonly string[]): Promise<VersionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return rawQuery(db, `SELECT ${VERSION_COLUMNS} FROM versions WHERE version_id IN (?)`, [ids]);
}

/**
 * Starts a transaction and reads every stored version of these records, locking the records' projection
 * rows until commit — in one round trip. The join reaches a record's versions only once its row lock is
 * granted, and a locking read sees the latest committed rows, so versions another push stored meanwhile
 * are all there. A record with no projection row yet has no versions either (both are written together).
 */
export async function beginWithRecordVersions(
  tx: SqlRunner,
  entityIds: readonly string[],
): Promise<VersionRow[]> {
  if (entityIds.length === 0) {
    await tx.query('START TRANSACTION');
    return [];
  }
  const columns = VERSION_COLUMNS.split(', ')
    .map((c) => `v.${c}`)
    .join(', ');
  const [, rows] = await rawQuery<unknown>(
    tx,
    `START TRANSACTION; SELECT ${columns} FROM records r JOIN versions v ON v.entity_id = r.entity_id WHERE r.entity_id IN (?) FOR UPDATE`,
    [entityIds],
  );
  return rows as VersionRow[];
}

/**
 * Versions after seq `after` (and at most `upTo`), in seq order, at most `limit`; only those scoped to
 * `hospitalIds` when given. Reads the seq index (or hospital+seq index) from the cursor on, so its
 * cost grows with what is new, not with the table.
 */
export function versionsAfter(
  db: SqlRunner,
  options: { after: number; upTo?: number; hospitalIds?: readonly string[]; limit: number },
): Promise<VersionRow[]> {
  const where = ['seq > ?'];
  const values: unknown[] = [options.after];
  if (options.upTo !== undefined) {
    where.push('seq <= ?');
    values.push(options.upTo);
  }
  if (options.hospitalIds) {
    if (options.hospitalIds.length === 0) return Promise.resolve([]);
    where.push('hospital_id IN (?)');
    values.push(options.hospitalIds);
  }
  values.push(options.limit);
  return rawQuery(
    db,
    `SELECT ${VERSION_COLUMNS} FROM versions WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`,
    values,
  );
}

/**
 * The newest `limit` versions (only those scoped to `hospitalIds` when given), newest first: the seq
 * index (or hospital+seq index) read backwards from its end.
 */
export function newestVersions(
  db: SqlRunner,
  options: { hospitalIds?: readonly string[]; limit: number },
): Promise<VersionRow[]> {
  if (options.hospitalIds?.length === 0) return Promise.resolve([]);
  const scoped = options.hospitalIds ? 'WHERE hospital_id IN (?) ' : '';
  const values = options.hospitalIds ? [options.hospitalIds, options.limit] : [options.limit];
  return rawQuery(db, `SELECT ${VERSION_COLUMNS} FROM versions ${scoped}ORDER BY seq DESC LIMIT ?`, values);
}

/** Every version of these patient records (only those scoped to `hospitalIds` when given), through the entity index. */
export function patientVersions(
  db: SqlRunner,
  options: { patientIds: readonly string[]; hospitalIds?: readonly string[] },
): Promise<VersionRow[]> {
  if (options.patientIds.length === 0 || options.hospitalIds?.length === 0) return Promise.resolve([]);
  const scoped = options.hospitalIds ? ' AND hospital_id IN (?)' : '';
  const values: unknown[] = [options.patientIds];
  if (options.hospitalIds) values.push(options.hospitalIds);
  return rawQuery(
    db,
    `SELECT ${VERSION_COLUMNS} FROM versions WHERE entity_id IN (?) AND entity = 'patient'${scoped}`,
    values,
  );
}
