import type { Entity } from '@registry/domain';
import type { RegistryDb } from '../../db/registry-db';
import type { ExportFilters } from '../records/export-filters';
import { currentRecordPages } from '../records/load-current-records';
import { csvHeaderLine, csvRowLines, UTF8_BOM } from './csv-text';
import { csvColumns } from './record-columns';

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
