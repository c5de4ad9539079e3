import { records } from '@registry/db-schema';
import type { Entity } from '@registry/domain';
import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import type { ExportFilters } from './export-filters';

interface FilterTargets {
  /** The preferred version's data column. */
  data: Column;
  /** The region column of the record's hospital (joined). */
  hospitalRegion: Column;
  /** The `createdAt` of the record's first version (the device's clock, as sent). */
  firstCreatedAt: SQL;
}

/**
 * The SQL conditions of the filters an index or a join answers cheaply: hospital, region, deletion,
 * episode type and dates. They only narrow what is read: the domain's review predicate then decides
 * for every patient and episode (review-match.ts), so they must never leave out a record it would
 * keep. A record whose date is not recorded matches no date range, as in the predicate.
 */
export function recordFilterConditions(
  filters: Partial<ExportFilters> & { entity: Entity },
  { data, hospitalRegion, firstCreatedAt }: FilterTargets,
): SQL[] {
  const conditions: SQL[] = [];
  if (filters.hospitalId) conditions.push(eq(records.hospitalId, filters.hospitalId));
  // Exactly, as the predicate compares: the column's collation would also match "PWANI" to "pwani".
  if (filters.region) conditions.push(sql`${hospitalRegion} COLLATE utf8mb4_bin = ${filters.region}`);
  if (!filters.includeDeleted) conditions.push(eq(records.deleted, false));
  if (filters.type) conditions.push(sql`JSON_UNQUOTE(JSON_EXTRACT(${data}, '$.type')) = ${filters.type}`);
  const { from, to } = filters;
  if (!from && !to) return conditions;
  const day = recordDay(filters.entity, data, firstCreatedAt);
  if (from) conditions.push(sql`${day} >= ${from}`);
  if (to) conditions.push(sql`${day} <= ${to}`);
  return conditions;
}

/**
 * The day the date filters compare (YYYY-MM-DD): an episode's date; a log entry's day (its `at` is a
 * date or a date and time); a patient's registration, the day of its first version as the device
 * wrote it — what the device's review table shows, which knows nothing of the server's clock.
 */
function recordDay(entity: Entity, data: Column, firstCreatedAt: SQL): SQL {
  switch (entity) {
    case 'patient':
      return sql`LEFT(${firstCreatedAt}, 10)`;
    case 'episode':
      return sql`JSON_UNQUOTE(JSON_EXTRACT(${data}, '$.date'))`;
    case 'eventLog':
      return sql`LEFT(JSON_UNQUOTE(JSON_EXTRACT(${data}, '$.at')), 10)`;
  }
}
