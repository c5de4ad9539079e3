// Hand-made review records for the report tests: a hospital and staff list, and builders that fill
// in what a test does not care about.
import type { ReviewRecord } from '../review/review-record';
import { idFor } from '../test-support/arbitraries';

export const HOSPITAL_A = idFor('44444444', 1);
export const HOSPITAL_B = idFor('44444444', 2);
export const HOSPITAL_C = idFor('44444444', 3);
export const SURGEON_1 = idFor('55555555', 1);
export const SURGEON_2 = idFor('55555555', 2);
const PATIENT = idFor('66666666', 1);

/** Sorted by name, B comes first and A last: the reports must order by name, not by id. */
export const HOSPITALS = [
  { id: HOSPITAL_A, name: 'Mbeya Referral', region: 'Mbeya' },
  { id: HOSPITAL_B, name: 'Arusha Lutheran', region: 'Arusha' },
  { id: HOSPITAL_C, name: 'Camp Kigoma' },
];
export const STAFF = [
  { id: SURGEON_1, fullName: 'Asha Mussa' },
  { id: SURGEON_2, fullName: 'Baraka Juma' },
];

type Values = Record<string, unknown>;
let next = 0;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function episode(data: Values, options: { id?: string; deleted?: boolean } = {}): ReviewRecord {
  return {
    entity: 'episode',
    entityId: options.id ?? idFor('77777777', ++next),
    data: { patientId: PATIENT, ...data },
    hospitalId: text(data.hospitalId),
    date: text(data.date),
    inConflict: false,
    deleted: options.deleted ?? false,
  };
}

export const surgery = (id: string, data: Values, deleted = false): ReviewRecord =>
  episode({ type: 'surgery', ...data }, { id, deleted });

export const discharge = (surgeryEpisodeId: string, data: Values = {}, deleted = false): ReviewRecord =>
  episode({ type: 'discharge', surgeryEpisodeId, ...data }, { deleted });

export const followUp = (surgeryEpisodeId: string, data: Values = {}, deleted = false): ReviewRecord =>
  episode({ type: 'followUp', surgeryEpisodeId, ...data }, { deleted });

export function patient(data: Values, deleted = false): ReviewRecord {
  return {
    entity: 'patient',
    entityId: idFor('66666666', ++next),
    data: { fullName: 'Juma Hamisi', ...data },
    hospitalId: text(data.registeredHospitalId),
    date: '2026-01-01',
    inConflict: false,
    deleted,
  };
}
