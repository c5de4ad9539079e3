import { randomUUID } from 'node:crypto';
import { EPISODE_ONLY_FILTERS } from '@registry/domain';
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
    // A patient has no type nor surgeon: with either, patients come only as their episodes' subjects.
    withFilteredPatients: EPISODE_ONLY_FILTERS.every((name) => filters[name] === undefined),
  });
  return bundleText({ id: randomUUID(), timestamp: at.toISOString() }, entries);
}
