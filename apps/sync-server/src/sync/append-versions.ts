import { SEQ_COUNTER_ID, seqCounter, versions } from '@registry/db-schema';
import type { Version } from '@registry/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import type { RegistryDb } from '../db/registry-db';
import { projectRecords, saveRecords } from './projection';
import { inTransaction, type Tx } from './transaction';
import { versionToRow } from './version-rows';

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
 * computed under row locks of those records only. Last, the single seq counter row is locked and held
 * until commit, so seqs are handed out in commit order across every server instance: a pull that has
 * read past seq N will never later find a version with a seq at or below N. Under that lock there is
 * only an insert, two small writes and the commit.
 */
export async function appendVersions(
  db: RegistryDb,
  accepted: readonly Version[],
  now: Date,
  alongside?: (tx: Tx, outcome: AppendResult) => Promise<void>,
): Promise<AppendResult> {
  return inTransaction(db, async (tx) => {
    const held = accepted.length
      ? await tx
          .select({ id: versions.versionId })
          .from(versions)
          .where(
            inArray(
              versions.versionId,
              accepted.map((v) => v.versionId),
            ),
          )
      : [];
    const heldIds = new Set(held.map((h) => h.id));
    const fresh = accepted.filter((v) => !heldIds.has(v.versionId));
    const outcome = { stored: fresh.map((v) => v.versionId), alreadyHeld: [...heldIds] };
    await alongside?.(tx, outcome);
    if (fresh.length === 0) return outcome;
    const projected = await projectRecords(tx, fresh);

    const [counter] = await tx
      .select({ value: seqCounter.value })
      .from(seqCounter)
      .where(eq(seqCounter.id, SEQ_COUNTER_ID))
      .for('update');
    if (!counter) throw new Error('The seq_counter row is missing: the database was not migrated.');
    const rows = fresh.map((v, i) => versionToRow(v, counter.value + i + 1, now));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.insert(versions).values(rows.slice(i, i + INSERT_CHUNK));
    }
    await tx
      .update(seqCounter)
      .set({ value: sql`${seqCounter.value} + ${rows.length}` })
      .where(eq(seqCounter.id, SEQ_COUNTER_ID));
    for (const row of rows) {
      const record = projected.get(row.entityId);
      if (record) record.lastSeq = Math.max(record.lastSeq ?? 0, row.seq);
    }
    await saveRecords(tx, [...projected.values()]);
    return outcome;
  });
}
