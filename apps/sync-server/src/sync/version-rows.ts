import type { versions } from '@registry/db-schema';
import type { PulledVersion, Version } from '@registry/domain';
import { recordHospitalId } from '@registry/domain';

type VersionRow = typeof versions.$inferSelect;
type NewVersionRow = typeof versions.$inferInsert;

/** A stored row as the version it is (without the server's seq and receivedAt). */
export function rowToVersion(row: VersionRow): Version {
  return {
    versionId: row.versionId,
    entity: row.entity as Version['entity'],
    entityId: row.entityId,
    parents: row.parents,
    data: row.data,
    deleted: row.deleted,
    authorId: row.authorId,
    deviceId: row.deviceId,
    createdAt: row.createdAt,
    schema: row.schemaVersion,
  };
}

/** A stored row as the wire shape of a pull. */
export function rowToPulled(row: VersionRow): PulledVersion {
  return { ...rowToVersion(row), seq: row.seq, receivedAt: row.receivedAt.toISOString() };
}

/** The row to insert for an accepted version; its data was validated, so its hospital is known. */
export function versionToRow(v: Version, seq: number, receivedAt: Date): NewVersionRow {
  return {
    versionId: v.versionId,
    seq,
    entity: v.entity,
    entityId: v.entityId,
    hospitalId: recordHospitalId(v.entity, v.data) ?? '',
    parents: v.parents,
    data: v.data,
    deleted: v.deleted,
    authorId: v.authorId,
    deviceId: v.deviceId,
    createdAt: v.createdAt,
    schemaVersion: v.schema,
    receivedAt,
  };
}
