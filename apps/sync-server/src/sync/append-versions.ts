import { SEQ_COUNTER_ID, seqCounter } from '@registry/db-schema';
import type { Version } from '@registry/domain';
import { sql } from 'drizzle-orm';
import type { ResultSetHeader } from 'mysql2';
import type { RegistryDb } from '../db/registry-db';
import { projectRecords, saveRecords } from './projection';
import { inTransaction, type Tx } from './transaction';
import { versionToValues } from './version-rows';
import { insertVersions } from './version-store';

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

    const last = await takeSeqs(tx, fresh.length);
    const first = last - fresh.length + 1;
    const rows = fresh.map((v, i) => versionToValues(v, first + i, now));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK)
      await insertVersions(tx, rows.slice(i, i + INSERT_CHUNK));
    return outcome;
  });
}

/**
 * Locks the counter (until commit) and advances it by `count` in one statement; LAST_INSERT_ID(expr)
 * hands the new value back in the same reply, saving a round trip while the lock is held.
 */
async function takeSeqs(tx: Tx, count: number): Promise<number> {
  const [result] = (await tx.execute(
    sql`UPDATE ${seqCounter} SET ${seqCounter.value} = LAST_INSERT_ID(${seqCounter.value} + ${count}) WHERE ${seqCounter.id} = ${SEQ_COUNTER_ID}`,
  )) as unknown as [ResultSetHeader];
  if (result.affectedRows !== 1)
    throw new Error('The seq_counter row is missing: the database was not migrated.');
  return Number(result.insertId);
}
