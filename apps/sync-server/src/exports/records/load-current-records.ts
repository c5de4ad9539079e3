import { hospitals, records, versions } from '@registry/db-schema';
import type { Entity } from '@registry/domain';
import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/mysql-core';
import type { RegistryDb } from '../../db/registry-db';
import type { ExportFilters } from './export-filters';
import type { ExportRecord } from './export-record';
import { recordFilterConditions } from './record-filter-conditions';
import { exportRecordMatcher } from './review-match';

/** Rows read per query: 100,000 records are read as 50 small queries, never held in memory at once. */
export const EXPORT_PAGE_SIZE = 2000;

export interface RecordQuery extends Partial<ExportFilters> {
  entity: Entity;
  /** Only these records (e.g. the patients an exported episode names). */
  ids?: readonly string[];
}

const lastVersion = alias(versions, 'last_version');
const patientRecord = alias(records, 'patient_record');
const patientVersion = alias(versions, 'patient_version');

/**
 * The current state of the records matching `query`, a page at a time, ordered by id (keyset paging
 * over the primary key, so a late page costs what an early one does). The data is the preferred
 * head's, read from `versions`; the state (heads, conflict, deleted) from the `records` projection.
 * SQL narrows each page by the cheap filters; the domain's review predicate then decides for each
 * patient and episode in it, so a page may come out smaller (pages left empty are skipped).
 */
export async function* currentRecordPages(
  db: RegistryDb,
  query: RecordQuery,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportRecord[]> {
  const matches = await exportRecordMatcher(db, query);
  let after = '';
  for (;;) {
    const rows = await selectPage(db, query, after, pageSize);
    if (rows.length === 0) return;
    const page = rows.map(toExportRecord).filter(matches);
    if (page.length > 0) yield page;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = last.entityId;
  }
}

/** The records with these ids (any number: asked for a page at a time), whatever the filters. */
export async function currentRecordsById(
  db: RegistryDb,
  entity: Entity,
  ids: readonly string[],
): Promise<ExportRecord[]> {
  const found: ExportRecord[] = [];
  for (let i = 0; i < ids.length; i += EXPORT_PAGE_SIZE) {
    const slice = ids.slice(i, i + EXPORT_PAGE_SIZE);
    for await (const page of currentRecordPages(db, { entity, ids: slice, includeDeleted: true })) {
      found.push(...page);
    }
  }
  return found;
}

// A new SQL object per use: mapWith() sets the decoder on the object it is called on.
const firstReceivedAt = () =>
  sql`(SELECT MIN(first_version.received_at) FROM versions first_version WHERE first_version.entity_id = ${records.entityId})`;
// The earliest as text, byte by byte, as the device finds it (review-entry.ts in the web app).
const firstCreatedAt = () =>
  sql<string>`(SELECT MIN(first_version.created_at COLLATE utf8mb4_bin) FROM versions first_version WHERE first_version.entity_id = ${records.entityId})`;

function selectPage(db: RegistryDb, query: RecordQuery, after: string, pageSize: number) {
  const targets = { data: versions.data, hospitalRegion: hospitals.region, firstCreatedAt: firstCreatedAt() };
  const conditions: SQL[] = [
    eq(records.entity, query.entity),
    gt(records.entityId, after),
    ...recordFilterConditions(query, targets),
  ];
  if (query.ids) conditions.push(inArray(records.entityId, query.ids.length > 0 ? [...query.ids] : ['']));
  return db
    .select({
      entityId: records.entityId,
      entity: records.entity,
      hospitalId: records.hospitalId,
      hospitalName: hospitals.name,
      patientId: records.patientId,
      patientName: sql<string | null>`JSON_UNQUOTE(JSON_EXTRACT(${patientVersion.data}, '$.fullName'))`,
      versionId: records.preferredVersionId,
      data: versions.data,
      heads: records.headVersionIds,
      inConflict: records.inConflict,
      deleted: records.deleted,
      firstReceivedAt: firstReceivedAt().mapWith(versions.receivedAt),
      firstCreatedAt: firstCreatedAt(),
      lastChangedAt: lastVersion.receivedAt,
    })
    .from(records)
    .innerJoin(versions, eq(versions.versionId, records.preferredVersionId))
    .leftJoin(lastVersion, eq(lastVersion.versionId, records.lastVersionId))
    .leftJoin(hospitals, eq(hospitals.id, records.hospitalId))
    .leftJoin(patientRecord, eq(patientRecord.entityId, records.patientId))
    .leftJoin(patientVersion, eq(patientVersion.versionId, patientRecord.preferredVersionId))
    .where(and(...conditions))
    .orderBy(asc(records.entityId))
    .limit(pageSize);
}

type PageRow = Awaited<ReturnType<typeof selectPage>>[number];

function toExportRecord(row: PageRow): ExportRecord {
  const firstReceived = row.firstReceivedAt as Date;
  return {
    entityId: row.entityId,
    entity: row.entity as Entity,
    hospitalId: row.hospitalId,
    hospitalName: row.hospitalName,
    patientId: row.patientId,
    patientName: row.entity === 'patient' ? null : row.patientName,
    versionId: row.versionId,
    data: row.data,
    headCount: row.heads.length,
    inConflict: row.inConflict,
    deleted: row.deleted,
    firstCreatedAt: row.firstCreatedAt,
    firstReceivedAt: firstReceived,
    lastChangedAt: row.lastChangedAt ?? firstReceived,
  };
}
