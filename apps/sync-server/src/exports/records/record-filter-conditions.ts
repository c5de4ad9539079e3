import { records } from '@registry/db-schema';
import type { Entity } from '@registry/domain';
import { type Column, eq, type SQL, sql } from 'drizzle-orm';
import type { ExportFilters } from './export-filters';

interface FilterTargets {
  /** The preferred version's data column. */
  data: Column;
  /** When the server first received the record. */
  firstReceivedAt: SQL;
}

const DAY_MS = 86_400_000;
const startOfDay = (date: string) => new Date(`${date}T00:00:00.000Z`);
const startOfNextDay = (date: string) => new Date(startOfDay(date).getTime() + DAY_MS);

/**
 * The SQL conditions of the export filters. A record whose date is not recorded does not match a
 * date range: it is neither inside nor outside it, and a range asks for what is known to be inside.
 */
export function recordFilterConditions(
  filters: Partial<ExportFilters> & { entity: Entity },
  { data, firstReceivedAt }: FilterTargets,
): SQL[] {
  const conditions: SQL[] = [];
  if (filters.hospitalId) conditions.push(eq(records.hospitalId, filters.hospitalId));
  if (!filters.includeDeleted) conditions.push(eq(records.deleted, false));
  if (filters.type) conditions.push(sql`JSON_UNQUOTE(JSON_EXTRACT(${data}, '$.type')) = ${filters.type}`);
  const { from, to } = filters;
  if (filters.entity === 'patient') {
    if (from) conditions.push(sql`${firstReceivedAt} >= ${startOfDay(from)}`);
    if (to) conditions.push(sql`${firstReceivedAt} < ${startOfNextDay(to)}`);
    return conditions;
  }
  // Episodes have a date; log entries a date or a date and time, of which the day is compared.
  const day =
    filters.entity === 'episode'
      ? sql`JSON_UNQUOTE(JSON_EXTRACT(${data}, '$.date'))`
      : sql`LEFT(JSON_UNQUOTE(JSON_EXTRACT(${data}, '$.at')), 10)`;
  if (from) conditions.push(sql`${day} >= ${from}`);
  if (to) conditions.push(sql`${day} <= ${to}`);
  return conditions;
}
