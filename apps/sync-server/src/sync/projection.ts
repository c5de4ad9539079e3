import { records, versions } from '@registry/db-schema';
import { recordHospitalId, recordState, type Version } from '@registry/domain';
import { inArray, sql } from 'drizzle-orm';
import type { Tx } from './transaction';
import { rowToVersion } from './version-rows';

type RecordRow = typeof records.$inferInsert;

export interface Projection {
  /** Of the incoming versions, those another push stored meanwhile (a retry racing its original). */
  alreadyHeld: Set<string>;
  /** The new `records` rows of every record the incoming versions touch. */
  rows: RecordRow[];
}

/**
 * The new state of the records a push touches, computed from all their versions with the domain's own
 * heads function, so the server's view of a record is exactly what every device computes. The records'
 * rows are locked first (FOR UPDATE), so two pushes about one record take turns while pushes about
 * different records run side by side.
 */
export async function projectRecords(tx: Tx, incoming: readonly Version[]): Promise<Projection> {
  const entityIds = [...new Set(incoming.map((v) => v.entityId))];
  await tx
    .select({ id: records.entityId })
    .from(records)
    .where(inArray(records.entityId, entityIds))
    .for('update');
  const stored = (await tx.select().from(versions).where(inArray(versions.entityId, entityIds))).map(
    rowToVersion,
  );
  const storedIds = new Set(stored.map((v) => v.versionId));
  const alreadyHeld = new Set(incoming.filter((v) => storedIds.has(v.versionId)).map((v) => v.versionId));
  const fresh = incoming.filter((v) => !alreadyHeld.has(v.versionId));

  const byRecord = new Map<string, Version[]>();
  for (const v of [...stored, ...fresh]) {
    const list = byRecord.get(v.entityId);
    if (list) list.push(v);
    else byRecord.set(v.entityId, [v]);
  }
  const lastFresh = new Map(fresh.map((v) => [v.entityId, v.versionId]));
  const rows: RecordRow[] = [];
  for (const [entityId, list] of byRecord) {
    const lastVersionId = lastFresh.get(entityId);
    const state = recordState(list);
    if (!state || !lastVersionId) continue; // nothing new for this record
    const data = state.preferred.data;
    rows.push({
      entityId,
      entity: state.entity,
      hospitalId: recordHospitalId(state.entity, data) ?? '',
      patientId:
        state.entity === 'patient' ? entityId : typeof data.patientId === 'string' ? data.patientId : null,
      headVersionIds: state.heads.map((h) => h.versionId),
      preferredVersionId: state.preferred.versionId,
      inConflict: state.inConflict,
      deleted: state.deleted,
      lastVersionId,
    });
  }
  return { alreadyHeld, rows };
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
        lastVersionId: sql`VALUES(last_version_id)`,
        updatedAt: sql`CURRENT_TIMESTAMP(3)`,
      },
    });
}
