import type { ExportRecord } from '../records/export-record';
import { conditionResources } from './condition-resources';
import { encounterResource } from './encounter-resource';
import type { EpisodeContext } from './episode-context';
import type { FhirResource } from './fhir-types';
import { procedureResource } from './procedure-resource';

/** Everything one episode becomes: its Encounter, the Procedure of an operation, its Conditions. */
export function episodeResources(record: ExportRecord, context: EpisodeContext): FhirResource[] {
  const encounter = encounterResource(record, context);
  const procedure = record.data.type === 'surgery' ? [procedureResource(record, context)] : [];
  return [encounter, ...procedure, ...conditionResources(record, context)];
}
