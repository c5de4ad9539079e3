import type { PatientData } from '@registry/domain';
import type { ExportRecord } from '../records/export-record';
import { referenceTo, registryIdentifier } from './fhir-references';
import type { CodeableConcept, Identifier, Patient, Reference } from './fhir-types';

const V2_IDENTIFIER_TYPES = 'http://terminology.hl7.org/CodeSystem/v2-0203';
const identifierType = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: V2_IDENTIFIER_TYPES, code, display }],
  text: display,
});

/**
 * A registry patient as a FHIR Patient. Only the year of birth is often known: FHIR's date type
 * allows a partial date, so birthDate is then just "YYYY". A merged duplicate is inactive and links
 * to its survivor with `replaced-by`, the FHIR way of saying "use that record instead".
 * Phone comments ("neighbour") have no place in a ContactPoint and are left out.
 */
export function patientResource(record: ExportRecord, hasPatient: (id: string) => boolean): Patient {
  const data = record.data as Partial<PatientData>;
  const hospitalId = data.registeredHospitalId ?? record.hospitalId;
  const identifier: Identifier[] = [registryIdentifier(record.entityId)];
  if (data.nationalId) {
    identifier.push({
      type: identifierType('NI', 'National unique individual identifier'),
      value: data.nationalId,
    });
  }
  if (data.hospitalNumber) {
    identifier.push({
      type: identifierType('MR', 'Medical record number'),
      value: data.hospitalNumber,
      assigner: referenceTo(hospitalId),
    });
  }
  const phones = (Array.isArray(data.phones) ? data.phones : []).filter((phone) => phone?.number);
  const birthDate = data.birthDate ?? (data.birthYear ? String(data.birthYear) : undefined);
  return {
    resourceType: 'Patient',
    id: record.entityId,
    identifier,
    active: !record.deleted && !data.mergedInto,
    name: [{ text: data.fullName ?? '' }],
    ...(data.gender ? { gender: data.gender } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(phones.length > 0
      ? {
          telecom: phones.map((phone, i) => ({
            system: 'phone' as const,
            value: phone.number ?? '',
            rank: i + 1,
          })),
        }
      : {}),
    ...(data.address ? { address: [{ text: data.address }] } : {}),
    managingOrganization: referenceTo(hospitalId),
    ...(data.mergedInto
      ? { link: [{ other: survivor(data.mergedInto, hasPatient), type: 'replaced-by' as const }] }
      : {}),
  };
}

function survivor(id: string, hasPatient: (id: string) => boolean): Reference {
  return hasPatient(id)
    ? referenceTo(id)
    : { identifier: registryIdentifier(id), display: 'A patient not in this export' };
}
