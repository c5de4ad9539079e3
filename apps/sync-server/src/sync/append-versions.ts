import { SEQ_COUNTER_ID, seqCounter, versions } from '@registry/db-schema';
import type { Version } from '@registry/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import type { RegistryDb } from '../db/registry-db';
import { refreshProjection } from './projection';
import { inTransaction } from './transaction';
import { versionToRow } from './version-rows';

const INSERT_CHUNK = 500;

export interface AppendResult {
  /** Stored by this call, in causal order. */
  stored: string[];
  /** Stored meanwhile by a concurrent push of the same versions (a retry racing its original). */
  alreadyHeld: string[];
}

/**
 * Appends accepted versions (parents before children) in one transaction. The seq counter is locked
 * first and held until commit, so seqs are handed out in commit order across every server instance:
 * a pull that has read past seq N will never later find a version with a seq at or below N.
 */
export async function appendVersions(
  db: RegistryDb,
  accepted: readonly Version[],
  now: Date,
): Promise<AppendResult> {
  if (accepted.length === 0) return { stored: [], alreadyHeld: [] };
  return inTransaction(db, async (tx) => {
    const [counter] = await tx
      .select({ value: seqCounter.value })
      .from(seqCounter)
      .where(eq(seqCounter.id, SEQ_COUNTER_ID))
      .for('update');
    if (!counter) throw new Error('The seq_counter row is missing: the database was not migrated.');

    const held = await tx
      .select({ id: versions.versionId })
      .from(versions)
      .where(
        inArray(
          versions.versionId,
          accepted.map((v) => v.versionId),
        ),
      );
    const heldIds = new Set(held.map((h) => h.id));
    const fresh = accepted.filter((v) => !heldIds.has(v.versionId));

    const rows = fresh.map((v, i) => versionToRow(v, counter.value + i + 1, now));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.insert(versions).values(rows.slice(i, i + INSERT_CHUNK));
    }
    if (rows.length > 0) {
      await tx
        .update(seqCounter)
        .set({ value: sql`${seqCounter.value} + ${rows.length}` })
        .where(eq(seqCounter.id, SEQ_COUNTER_ID));
      await refreshProjection(tx, [...new Set(fresh.map((v) => v.entityId))]);
    }
    return { stored: fresh.map((v) => v.versionId), alreadyHeld: [...heldIds] };
  });
}
