import type { PulledVersion, Version } from '@registry/domain';
import { recordHospitalId } from '@registry/domain';
import { jsonColumn, utcDateColumn } from '../db/raw-sql';

/** The columns of `versions` as read by the sync hot path, in SQL order. */
export const VERSION_COLUMNS =
  'version_id, seq, entity, entity_id, hospital_id, parents, data, deleted, author_id, device_id, created_at, schema_version, received_at';

/** A row of `versions` as mysql2 returns it. */
export interface VersionRow {
  version_id: string;
  seq: number | string;
  entity: string;
  entity_id: string;
  hospital_id: string;
  parents: unknown;
  data: unknown;
  deleted: number | boolean;
  author_id: string;
  device_id: string;
  created_at: string;
  schema_version: number;
  received_at: Date | string;
}

/** A stored row as the version it is (without the server's seq and receivedAt). */
export function rowToVersion(row: VersionRow): Version {
  return {
    versionId: row.version_id,
    entity: row.entity as Version['entity'],
    entityId: row.entity_id,
    parents: jsonColumn<string[]>(row.parents),
    data: jsonColumn<Record<string, unknown>>(row.data),
    deleted: Boolean(row.deleted),
    authorId: row.author_id,
    deviceId: row.device_id,
    createdAt: row.created_at,
    schema: row.schema_version,
  };
}

/** A stored row as the wire shape of a pull. */
export function rowToPulled(row: VersionRow): PulledVersion {
  return {
    ...rowToVersion(row),
    seq: Number(row.seq),
    receivedAt: utcDateColumn(row.received_at).toISOString(),
  };
}

/** The VALUES tuple (in VERSION_COLUMNS order) of an accepted version; its data was validated. */
export function versionToValues(v: Version, seq: unknown, receivedAt: Date): unknown[] {
  return [
    v.versionId,
    seq,
    v.entity,
    v.entityId,
    recordHospitalId(v.entity, v.data) ?? '',
    JSON.stringify(v.parents),
    JSON.stringify(v.data),
    v.deleted,
    v.authorId,
    v.deviceId,
    v.createdAt,
    v.schema,
    receivedAt,
  ];
}
