import { EPISODE_TYPES, type EpisodeType } from '@registry/domain';
import type { ExportRecord } from '../records/export-record';
import type { EpisodeContext } from './episode-context';
import { episodeResources } from './episode-resources';
import { entryOf } from './fhir-references';
import type { BundleEntry, FhirResource } from './fhir-types';
import {
  type HospitalInfo,
  organizationResource,
  practitionerResource,
  type StaffInfo,
} from './organization-resources';
import { patientResource } from './patient-resource';

/** Operations first, so that the discharges and follow-ups read after them can point at them. */
export function episodeTypesInOrder(only?: EpisodeType): EpisodeType[] {
  if (only) return [only];
  return ['surgery', ...EPISODE_TYPES.filter((type) => type !== 'surgery')];
}

/** Where the records come from: the database in the server, arrays in tests. */
export interface FhirSource {
  /** Episodes of one type matching the export's filters, a page at a time. */
  episodePages(type: EpisodeType): AsyncIterable<ExportRecord[]>;
  /** Patients matching the export's filters, a page at a time. */
  patientPages(): AsyncIterable<ExportRecord[]>;
  /** Patients by id, whatever the filters (those an episode or a merge names). */
  patientsById(ids: readonly string[]): Promise<ExportRecord[]>;
  hospitals: ReadonlyMap<string, HospitalInfo>;
  staff: ReadonlyMap<string, StaffInfo>;
}

export interface FhirSelection {
  /** Operations come first, so that the discharges and follow-ups after them can point at them. */
  episodeTypes: readonly EpisodeType[];
  /** False when the export asks for an episode type or surgeon: patients then come only as those episodes' subjects. */
  withFilteredPatients: boolean;
}

/**
 * The entries of an export Bundle, produced as the pages are read so that a large export is never
 * held whole in memory. Every `reference` in it resolves inside the Bundle: patients an episode or a
 * merge names are fetched even outside the filters, and the hospitals and staff the records name
 * come last. Only ids are remembered between pages.
 */
export async function* fhirEntries(
  source: FhirSource,
  selection: FhirSelection,
): AsyncGenerator<BundleEntry> {
  const emitted = new Set<string>();
  const referenced = new Set<string>();
  const absent = new Set<string>();
  const has = (id: string) => emitted.has(id);
  const context: EpisodeContext = { staff: source.staff, hasPatient: has, hasEncounter: has };

  function* emit(resources: readonly FhirResource[]): Generator<BundleEntry> {
    for (const resource of resources) {
      emitted.add(resource.id);
      collectReferences(resource, referenced);
      yield entryOf(resource);
    }
  }

  /** Emits these patients and, first, the survivors they were merged into, so their links resolve. */
  async function* withPatients(ids: readonly (string | null | undefined)[]): AsyncGenerator<BundleEntry> {
    const loaded: ExportRecord[] = [];
    const pending = new Set<string>();
    let wanted = [...new Set(ids)].filter((id): id is string => !!id && !has(id) && !absent.has(id));
    while (wanted.length > 0) {
      const found = await source.patientsById(wanted);
      for (const record of found) pending.add(record.entityId);
      for (const id of wanted) if (!pending.has(id)) absent.add(id);
      loaded.push(...found);
      wanted = [...new Set(found.map((r) => mergedInto(r)))].filter(
        (id): id is string => !!id && !has(id) && !pending.has(id) && !absent.has(id),
      );
    }
    const known = (id: string) => has(id) || pending.has(id);
    yield* emit(loaded.map((record) => patientResource(record, known)));
  }

  for (const type of selection.episodeTypes) {
    for await (const page of source.episodePages(type)) {
      yield* withPatients(page.map((record) => record.patientId));
      for (const record of page) yield* emit(episodeResources(record, context));
    }
  }
  if (selection.withFilteredPatients) {
    for await (const page of source.patientPages()) {
      const fresh = page.filter((record) => !has(record.entityId));
      yield* withPatients(fresh.map(mergedInto));
      yield* emit(
        fresh.filter((record) => !has(record.entityId)).map((record) => patientResource(record, has)),
      );
    }
  }
  // Reference data last, and only what the records named: staff are known by the directory, every
  // other id named so far is a hospital (patients and encounters are named only once emitted).
  const named = [...referenced].filter((id) => !has(id)).sort();
  yield* emit(
    named.map((id) => {
      const member = source.staff.get(id);
      return member ? practitionerResource(member) : organizationResource(id, source.hospitals.get(id));
    }),
  );
}

const mergedInto = (record: ExportRecord) =>
  typeof record.data.mergedInto === 'string' ? record.data.mergedInto : undefined;

function collectReferences(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'reference' && typeof item === 'string' && item.startsWith('urn:uuid:')) {
        into.add(item.slice('urn:uuid:'.length));
      } else collectReferences(item, into);
    }
  }
}
