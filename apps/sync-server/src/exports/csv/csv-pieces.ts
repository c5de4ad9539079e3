import type { Entity } from '@registry/domain';
import type { RegistryDb } from '../../db/registry-db';
import {
  type ExportFilters,
  episodeFiltersSchema,
  eventLogFiltersSchema,
  patientFiltersSchema,
} from '../records/export-filters';
import { currentRecordPages } from '../records/load-current-records';
import { csvHeaderLine, csvRowLines, UTF8_BOM } from './csv-text';
import { csvColumns } from './record-columns';

/** The CSV exports, by the name of their file (`patients.csv`) and of `pnpm cli export --type`. */
export const CSV_EXPORTS = {
  patients: { entity: 'patient', kind: 'patients.csv', filters: patientFiltersSchema },
  episodes: { entity: 'episode', kind: 'episodes.csv', filters: episodeFiltersSchema },
  'event-logs': { entity: 'eventLog', kind: 'event-logs.csv', filters: eventLogFiltersSchema },
} as const satisfies Record<string, { entity: Entity; kind: string; filters: typeof episodeFiltersSchema }>;

export type CsvExport = (typeof CSV_EXPORTS)[keyof typeof CSV_EXPORTS];

/** The CSV of one record type's current state: the BOM and header, then one piece per page of records. */
export async function* csvPieces(
  db: RegistryDb,
  entity: Entity,
  filters: ExportFilters,
): AsyncGenerator<string> {
  const columns = csvColumns(entity);
  yield UTF8_BOM + csvHeaderLine(columns);
  for await (const page of currentRecordPages(db, { ...filters, entity })) {
    yield csvRowLines(columns, page);
  }
}
