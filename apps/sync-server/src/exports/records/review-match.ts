import { hospitals } from '@registry/db-schema';
import { type ReviewRecord, reviewFilterPredicate } from '@registry/domain';
import type { RegistryDb } from '../../db/registry-db';
import { type ExportFilters, reviewFilterOf } from './export-filters';
import type { ExportRecord } from './export-record';

/**
 * A patient or an episode as the review screens see it (the domain's `reviewRecordOf`, from the
 * server's projection instead of a chart): the same hospital, and the same date (an episode's; a
 * patient's first version's day by the device's clock). Undefined for log entries, which are not
 * reviewed.
 */
export function reviewRecordOfExport(record: ExportRecord): ReviewRecord | undefined {
  if (record.entity !== 'patient' && record.entity !== 'episode') return undefined;
  const date = record.entity === 'patient' ? record.firstCreatedAt.slice(0, 10) : record.data.date;
  return {
    entity: record.entity,
    entityId: record.entityId,
    data: record.data,
    hospitalId: record.hospitalId || undefined,
    date: typeof date === 'string' && date !== '' ? date : undefined,
    inConflict: record.inConflict,
    deleted: record.deleted,
  };
}

/**
 * The domain's review predicate for these filters, asked of each exported patient and episode: the
 * one definition of what the filters select, on the device and in every file. Log entries are left
 * to the SQL conditions, which cover every filter they accept. Hospitals' regions are read once,
 * and only when a region is asked for.
 */
export async function exportRecordMatcher(
  db: RegistryDb,
  filters: Partial<ExportFilters>,
): Promise<(record: ExportRecord) => boolean> {
  const regions = filters.region ? await hospitalRegions(db) : new Map<string, string>();
  const matches = reviewFilterPredicate(reviewFilterOf(filters), (id) => regions.get(id));
  return (record) => {
    const review = reviewRecordOfExport(record);
    return review === undefined || matches(review);
  };
}

async function hospitalRegions(db: RegistryDb): Promise<Map<string, string>> {
  const rows = await db.select({ id: hospitals.id, region: hospitals.region }).from(hospitals);
  return new Map(rows.flatMap(({ id, region }) => (region === null ? [] : [[id, region] as const])));
}
