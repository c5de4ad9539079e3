import type { records } from '@registry/db-schema';
import { recordHospitalId, recordState, type Version } from '@registry/domain';
import { rawQuery } from './raw-sql';
import type { Tx } from './transaction';
import { rowToVersion } from './version-rows';
import { lockRecordVersions } from './version-store';

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
 * rows are locked (see lockRecordVersions), so two pushes about one record take turns while pushes
 * about different records run side by side.
 */
export async function projectRecords(tx: Tx, incoming: readonly Version[]): Promise<Projection> {
  const entityIds = [...new Set(incoming.map((v) => v.entityId))];
  const stored = (await lockRecordVersions(tx, entityIds)).map(rowToVersion);
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

const RECORD_COLUMNS = [
  'entity_id',
  'entity',
  'hospital_id',
  'patient_id',
  'head_version_ids',
  'preferred_version_id',
  'in_conflict',
  'deleted',
  'last_version_id',
] as const;

/** Writes projected rows (insert or replace). */
export async function saveRecords(tx: Tx, rows: readonly RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((r) => [
    r.entityId,
    r.entity,
    r.hospitalId,
    r.patientId ?? null,
    JSON.stringify(r.headVersionIds),
    r.preferredVersionId,
    r.inConflict ?? false,
    r.deleted ?? false,
    r.lastVersionId,
  ]);
  const updates = RECORD_COLUMNS.slice(1).map((c) => `${c} = VALUES(${c})`);
  await rawQuery(
    tx,
    `INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES ?
     ON DUPLICATE KEY UPDATE ${updates.join(', ')}, updated_at = CURRENT_TIMESTAMP(3)`,
    [values],
  );
}
