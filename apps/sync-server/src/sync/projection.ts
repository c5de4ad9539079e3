import { recordHospitalId, recordState, type Version } from '@registry/domain';
import { formatSql } from '../db/raw-sql';

/** A row of the `records` projection. */
export interface RecordRow {
  entityId: string;
  entity: Version['entity'];
  hospitalId: string;
  patientId: string | null;
  headVersionIds: string[];
  preferredVersionId: string;
  inConflict: boolean;
  deleted: boolean;
  lastVersionId: string;
}

export interface Projection {
  /** Of the incoming versions, those another push stored meanwhile (a retry racing its original). */
  alreadyHeld: Set<string>;
  /** The new `records` rows of every record that gets a new version. */
  rows: RecordRow[];
}

/**
 * The new state of the records a push touches, from all their versions (`stored`, read under the
 * records' row locks, and the incoming ones) with the domain's own heads function, so the server's
 * view of a record is exactly what every device computes.
 */
export function projectRecords(stored: readonly Version[], incoming: readonly Version[]): Projection {
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

/** Projected rows as one insert-or-replace statement. */
export function recordsUpsertSql(rows: readonly RecordRow[]): string {
  const values = rows.map((r) => [
    r.entityId,
    r.entity,
    r.hospitalId,
    r.patientId,
    JSON.stringify(r.headVersionIds),
    r.preferredVersionId,
    r.inConflict,
    r.deleted,
    r.lastVersionId,
  ]);
  const updates = RECORD_COLUMNS.slice(1).map((c) => `${c} = VALUES(${c})`);
  return formatSql(
    `INSERT INTO records (${RECORD_COLUMNS.join(', ')}) VALUES ?
     ON DUPLICATE KEY UPDATE ${updates.join(', ')}, updated_at = CURRENT_TIMESTAMP(3)`,
    [values],
  );
}
