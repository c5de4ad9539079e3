import { SEQ_COUNTER_ID } from '@registry/db-schema';
import type { Version } from '@registry/domain';
import { sql } from 'drizzle-orm';
import mysql, { type ResultSetHeader } from 'mysql2';
import type { RegistryDb } from '../db/registry-db';
import { projectRecords, saveRecords } from './projection';
import { inTransaction, type Tx } from './transaction';
import { VERSION_COLUMNS, versionToValues } from './version-rows';

const INSERT_CHUNK = 500;

export interface AppendResult {
  /** Stored by this call, in causal order. */
  stored: string[];
  /** Stored meanwhile by a concurrent push of the same versions (a retry racing its original). */
  alreadyHeld: string[];
}

/**
 * Appends accepted versions (parents before children) in one transaction, with `alongside` (the
 * audit line, the device's report) in the same commit.
 *
 * Everything that can run side by side with other pushes runs first: the records' new state is
 * computed and written under row locks of those records only. Last, the single seq counter row is
 * locked and held until commit, so seqs are handed out in commit order across every server instance:
 * a pull that has read past seq N will never later find a version with a seq at or below N. Under that
 * lock there is only the counter update, the insert of the versions, and the commit.
 */
export async function appendVersions(
  db: RegistryDb,
  accepted: readonly Version[],
  now: Date,
  alongside?: (tx: Tx, outcome: AppendResult) => Promise<void>,
): Promise<AppendResult> {
  return inTransaction(db, async (tx) => {
    const projection = accepted.length ? await projectRecords(tx, accepted) : undefined;
    const fresh = accepted.filter((v) => !projection?.alreadyHeld.has(v.versionId));
    const outcome = {
      stored: fresh.map((v) => v.versionId),
      alreadyHeld: [...(projection?.alreadyHeld ?? [])],
    };
    await alongside?.(tx, outcome);
    if (!projection || fresh.length === 0) return outcome;
    await saveRecords(tx, projection.rows);

    await appendUnderSeqLock(tx, fresh, now);
    return outcome;
  });
}

/**
 * The serialised part, sent as ONE multi-statement round trip: lock and advance the counter, insert the
 * versions with the seqs it handed out, commit. Were these separate awaits, each would also wait for the
 * event loop to come round while the lock is held, and every other push would queue behind that.
 * LAST_INSERT_ID(expr) keeps the counter's new value for the INSERT (versions has no auto-increment).
 * The COMMIT here ends the transaction; the one drizzle sends after the callback then has nothing to do.
 */
async function appendUnderSeqLock(tx: Tx, fresh: readonly Version[], now: Date): Promise<void> {
  const n = fresh.length;
  const rows = fresh.map((v, i) => versionToValues(v, mysql.raw(`LAST_INSERT_ID() - ${n - 1 - i}`), now));
  const statements = [
    mysql.format('UPDATE seq_counter SET value = LAST_INSERT_ID(value + ?) WHERE id = ?', [
      n,
      SEQ_COUNTER_ID,
    ]),
    ...chunks(rows, INSERT_CHUNK).map((chunk) =>
      mysql.format(
        `INSERT INTO versions (${VERSION_COLUMNS}) VALUES ?`,
        [chunk] as mysql.SqlValue[],
        false,
        'Z',
      ),
    ),
    'COMMIT',
  ];
  const [results] = (await tx.execute(sql.raw(statements.join(';\n')))) as unknown as [ResultSetHeader[]];
  if (results[0]?.affectedRows !== 1)
    throw new Error('The seq_counter row is missing: the database was not migrated.');
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
