import { randomUUID } from 'node:crypto';
import type { RegistryDb } from '../../db/registry-db';
import type { ExportFilters } from '../records/export-filters';
import { bundleText } from './bundle-writer';
import { dbFhirSource } from './db-fhir-source';
import { episodeTypesInOrder, fhirEntries } from './fhir-entries';

/**
 * The FHIR export (GET /exports/fhir and `pnpm cli export --format fhir`): the Bundle's text, in
 * pieces, read from the database as it is sent. Hospitals and staff are read before it is returned.
 */
export async function fhirExportText(
  db: RegistryDb,
  filters: ExportFilters,
  at: Date,
): Promise<AsyncIterable<string>> {
  const source = await dbFhirSource(db, filters);
  const entries = fhirEntries(source, {
    episodeTypes: episodeTypesInOrder(filters.type),
    withFilteredPatients: !filters.type,
  });
  return bundleText({ id: randomUUID(), timestamp: at.toISOString() }, entries);
}
