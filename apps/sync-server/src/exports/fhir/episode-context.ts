import type { ExportRecord } from '../records/export-record';
import { referenceTo, registryIdentifier } from './fhir-references';
import type { Reference } from './fhir-types';
import type { StaffInfo } from './organization-resources';

/** What mapping an episode needs to know about the rest of the Bundle, so every reference resolves. */
export interface EpisodeContext {
  staff: ReadonlyMap<string, StaffInfo>;
  /** Whether this patient is in the Bundle. */
  hasPatient(id: string): boolean;
  /** Whether this surgery's Encounter is in the Bundle. */
  hasEncounter(id: string): boolean;
}

// A reference to something not in the Bundle names it by identifier only (a "logical reference"),
// which FHIR allows and which a receiver cannot mistake for a link it should resolve.
const logical = (id: string, display: string): Reference => ({ identifier: registryIdentifier(id), display });

export function staffReference(id: string, context: EpisodeContext): Reference {
  const member = context.staff.get(id);
  return member ? referenceTo(id, member.fullName) : logical(id, 'A staff member not in the directory');
}

export function patientReference(record: ExportRecord, context: EpisodeContext): Reference {
  const id = record.patientId ?? String(record.data.patientId ?? '');
  if (context.hasPatient(id)) return referenceTo(id, record.patientName ?? undefined);
  return logical(id, 'A patient not in this export');
}

export function surgeryReference(id: string, context: EpisodeContext): Reference {
  return context.hasEncounter(id) ? referenceTo(id) : logical(id, 'An operation not in this export');
}
