import type { EpisodeData } from '@registry/domain';
import type { ExportRecord } from '../records/export-record';
import { type EpisodeContext, patientReference, staffReference, surgeryReference } from './episode-context';
import { referenceTo, registryIdentifier } from './fhir-references';
import type { Coding, Encounter, Period } from './fhir-types';

const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const INPATIENT: Coding = { system: ACT_CODE, code: 'IMP', display: 'inpatient encounter' };
const AMBULATORY: Coding = { system: ACT_CODE, code: 'AMB', display: 'ambulatory' };

const TYPE_TEXT = { surgery: 'Surgery', discharge: 'Discharge', followUp: 'Follow-up' } as const;

/**
 * An episode as an Encounter. The operation and the discharge are the two ends of one admission
 * (inpatient; the discharge's date ends its period); a follow-up is an outpatient visit. Discharges
 * and follow-ups point at their operation with `partOf`.
 */
export function encounterResource(record: ExportRecord, context: EpisodeContext): Encounter {
  const data = record.data as EpisodeData;
  const period: Period | undefined = data.date
    ? data.type === 'discharge'
      ? { end: data.date }
      : { start: data.date }
    : undefined;
  const attendees = Array.isArray(data.attendeeIds) ? data.attendeeIds : [];
  const surgeryId = data.type === 'surgery' ? undefined : data.surgeryEpisodeId;
  return {
    resourceType: 'Encounter',
    id: record.entityId,
    identifier: [registryIdentifier(record.entityId)],
    status: record.deleted ? 'entered-in-error' : 'finished',
    class: data.type === 'followUp' ? AMBULATORY : INPATIENT,
    type: [{ text: TYPE_TEXT[data.type] ?? String(data.type) }],
    subject: patientReference(record, context),
    ...(attendees.length > 0
      ? {
          participant: attendees.map((id) => ({
            type: [{ text: 'present' }],
            individual: staffReference(id, context),
          })),
        }
      : {}),
    ...(period ? { period } : {}),
    serviceProvider: referenceTo(data.hospitalId ?? record.hospitalId),
    ...(surgeryId ? { partOf: surgeryReference(surgeryId, context) } : {}),
  };
}
