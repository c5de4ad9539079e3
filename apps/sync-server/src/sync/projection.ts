import { records, versions } from '@registry/db-schema';
import { recordState, type Version } from '@registry/domain';
import { inArray, sql } from 'drizzle-orm';
import type { RegistryDb } from '../db/registry-db';
import { rowToVersion } from './version-rows';

type Tx = Parameters<Parameters<RegistryDb['transaction']>[0]>[0];

/**
 * Rewrites the `records` rows of the given records from all their versions, with the domain's own
 * heads function, so the server's view of a record is exactly what every device computes. Runs inside
 * the push transaction, after the seq lock, so no other push changes these records meanwhile.
 */
export async function refreshProjection(tx: Tx, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  const rows = await tx
    .select()
    .from(versions)
    .where(inArray(versions.entityId, [...entityIds]));
  const byRecord = new Map<string, { list: Version[]; lastSeq: number }>();
  for (const row of rows) {
    const entry = byRecord.get(row.entityId) ?? { list: [], lastSeq: 0 };
    entry.list.push(rowToVersion(row));
    entry.lastSeq = Math.max(entry.lastSeq, row.seq);
    byRecord.set(row.entityId, entry);
  }
  const values = [];
  for (const [entityId, { list, lastSeq }] of byRecord) {
    const state = recordState(list);
    if (!state) continue;
    const data = state.preferred.data;
    values.push({
      entityId,
      entity: state.entity,
      hospitalId: rowHospital(rows, state.preferred.versionId),
      patientId:
        state.entity === 'patient' ? entityId : typeof data.patientId === 'string' ? data.patientId : null,
      headVersionIds: state.heads.map((h) => h.versionId),
      preferredVersionId: state.preferred.versionId,
      inConflict: state.inConflict,
      deleted: state.deleted,
      lastSeq,
    });
  }
  if (values.length === 0) return;
  await tx
    .insert(records)
    .values(values)
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

/** The hospital column stored with a version: the scope the preferred head gives the record. */
function rowHospital(rows: readonly { versionId: string; hospitalId: string }[], versionId: string): string {
  return rows.find((r) => r.versionId === versionId)?.hospitalId ?? '';
}
