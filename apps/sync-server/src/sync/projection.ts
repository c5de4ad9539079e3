import { records, versions } from '@registry/db-schema';
import { recordHospitalId, recordState, type Version } from '@registry/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Tx } from './transaction';
import { rowToVersion } from './version-rows';

type RecordRow = typeof records.$inferInsert;

/**
 * The new `records` rows of the records a push touches, computed from all their versions with the
 * domain's own heads function, so the server's view of a record is exactly what every device computes.
 * The existing rows are locked first (FOR UPDATE), so two pushes editing one record take turns, while
 * pushes about different records run side by side. `lastSeq` is filled in once seqs are assigned.
 */
export async function projectRecords(tx: Tx, incoming: readonly Version[]): Promise<Map<string, RecordRow>> {
  const entityIds = [...new Set(incoming.map((v) => v.entityId))];
  await tx
    .select({ id: records.entityId })
    .from(records)
    .where(inArray(records.entityId, entityIds))
    .for('update');
  const stored = await tx.select().from(versions).where(inArray(versions.entityId, entityIds));
  const byRecord = new Map<string, Version[]>();
  for (const v of [...stored.map(rowToVersion), ...incoming]) {
    const list = byRecord.get(v.entityId);
    if (list) list.push(v);
    else byRecord.set(v.entityId, [v]);
  }
  const lastSeqs = new Map<string, number>();
  for (const row of stored) lastSeqs.set(row.entityId, Math.max(lastSeqs.get(row.entityId) ?? 0, row.seq));

  const rows = new Map<string, RecordRow>();
  for (const [entityId, list] of byRecord) {
    const state = recordState(list);
    if (!state) continue;
    const data = state.preferred.data;
    rows.set(entityId, {
      entityId,
      entity: state.entity,
      hospitalId: recordHospitalId(state.entity, data) ?? '',
      patientId:
        state.entity === 'patient' ? entityId : typeof data.patientId === 'string' ? data.patientId : null,
      headVersionIds: state.heads.map((h) => h.versionId),
      preferredVersionId: state.preferred.versionId,
      inConflict: state.inConflict,
      deleted: state.deleted,
      lastSeq: lastSeqs.get(entityId) ?? 0,
    });
  }
  return rows;
}

/** Writes projected rows (insert or replace). */
export async function saveRecords(tx: Tx, rows: readonly RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(records)
    .values([...rows])
    .onDuplicateKeyUpdate({
      set: {
        entity: sql`VALUES(entity)`,
        hospitalId: sql`VALUES(hospital_id)`,
        patientId: sql`VALUES(patient_id)`,
        headVersionIds: sql`VALUES(head_version_ids)`,
        preferredVersionId: sql`VALUES(preferred_version_id)`,
        inConflict: sql`VALUES(in_conflict)`,
        deleted: sql`VALUES(deleted)`,
        lastSeq: sql`VALUES(last_seq)`,
        updatedAt: sql`CURRENT_TIMESTAMP(3)`,
      },
    });
}
