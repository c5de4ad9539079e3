import type { Entity } from '@registry/domain';
import type { ExportRecord } from '../records/export-record';
import type { HospitalInfo, StaffInfo } from './organization-resources';

// A small, realistic registry for the FHIR tests: every kind of patient and episode the export maps.

export const id = (group: number, n: number) =>
  `0192f4c${group}-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const H1 = id(0, 1);
export const H2 = id(0, 2);
export const SURGEON = id(3, 1);
export const ASSISTANT = id(3, 2);
export const UNKNOWN_STAFF = id(3, 9);
export const [P_FULL, P_YEAR, P_BARE, P_MERGED] = [id(1, 1), id(1, 2), id(1, 3), id(1, 4)];
export const [E_SURGERY, E_DISCHARGE, E_FOLLOW_UP, E_SURGERY_2, E_OF_MERGED, E_ORPHAN_FOLLOW_UP] = [
  1, 2, 3, 4, 5, 6,
].map((n) => id(2, n)) as [string, string, string, string, string, string];

export const hospitals = new Map<string, HospitalInfo>([
  [
    H1,
    {
      id: H1,
      name: 'Kibaha District Hospital',
      address: 'P.O. Box 30, Kibaha',
      region: 'pwani',
      active: true,
    },
  ],
  [H2, { id: H2, name: 'Camp Ukerewe', address: null, region: null, active: false }],
]);

export const staff = new Map<string, StaffInfo>([
  [SURGEON, { id: SURGEON, fullName: 'Dr. Neema Mushi', active: true }],
  [ASSISTANT, { id: ASSISTANT, fullName: 'Baraka Kweka', active: true }],
]);

function record(
  entity: Entity,
  entityId: string,
  data: Record<string, unknown>,
  extra: Partial<ExportRecord> = {},
): ExportRecord {
  const hospitalId = String(data.registeredHospitalId ?? data.hospitalId ?? H1);
  return {
    entityId,
    entity,
    hospitalId,
    hospitalName: hospitals.get(hospitalId)?.name ?? null,
    patientId: entity === 'patient' ? entityId : String(data.patientId),
    patientName: null,
    versionId: entityId.replace(/^0192f4c\d/, '0192f4d0'),
    data,
    headCount: 1,
    inConflict: false,
    deleted: false,
    firstCreatedAt: '2026-01-05T06:59:00.000Z',
    firstReceivedAt: new Date('2026-01-05T07:00:00.000Z'),
    lastChangedAt: new Date('2026-02-01T07:00:00.000Z'),
    ...extra,
  };
}

export const patients: ExportRecord[] = [
  record('patient', P_FULL, {
    fullName: 'Amina Juma, "Mama Neema"',
    gender: 'female',
    birthYear: 1984,
    birthDate: '1984-03-09',
    nationalId: '19840309-12345-00001-22',
    hospitalNumber: 'KDH/2026/0042',
    phones: [
      { number: '+255 712 345 678', comment: 'mobile' },
      { number: '0754 000 111', comment: 'neighbour' },
    ],
    address: 'Mtaa wa Msikitini, Kibaha',
    registeredHospitalId: H1,
  }),
  record('patient', P_YEAR, {
    fullName: 'Hamisi Said',
    gender: 'male',
    birthYear: 1961,
    registeredHospitalId: H1,
  }),
  record('patient', P_BARE, { fullName: 'عائشة محمد', gender: 'unknown', registeredHospitalId: H2 }),
  record('patient', P_MERGED, {
    fullName: 'Amina Juma',
    gender: 'female',
    registeredHospitalId: H2,
    mergedInto: P_FULL,
  }),
];

export const episodes: ExportRecord[] = [
  record('episode', E_SURGERY, {
    type: 'surgery',
    patientId: P_FULL,
    hospitalId: H1,
    date: '2026-01-10',
    attendeeIds: [ASSISTANT],
    herniaSite: 'inguinal',
    side: 'left',
    cepod: 'planned',
    occurrence: 'recurrent',
    previousRepair: 'suture',
    previousRepairCount: 1,
    size: 'large',
    meshType: 'commercial',
    meshBrand: 'Prolene',
    anaesthetic: 'spinal',
    prophylacticAntibiotics: 'yes',
    antibioticTimings: ['ivBeforeSurgery'],
    primarySurgeonId: SURGEON,
    secondarySurgeonId: UNKNOWN_STAFF,
    complications: [
      { code: 'bleeding', date: '2026-01-10', text: 'from the wound edge' },
      { code: 'other', text: 'Fainted in recovery' },
    ],
    comments: 'Uneventful apart from bleeding.',
  }),
  record('episode', E_DISCHARGE, {
    type: 'discharge',
    patientId: P_FULL,
    hospitalId: H1,
    date: '2026-01-12',
    surgeryEpisodeId: E_SURGERY,
    anyComplications: 'yes',
    complications: [{ code: 'haematoma', date: '2026-01-11' }],
  }),
  record('episode', E_FOLLOW_UP, {
    type: 'followUp',
    patientId: P_FULL,
    hospitalId: H1,
    date: '2026-02-25',
    surgeryEpisodeId: E_SURGERY,
    pain: 'mild',
    infection: 'yes',
    infectionComment: 'superficial, treated with cloxacillin',
    recurrence: 'no',
  }),
  record('episode', E_SURGERY_2, {
    type: 'surgery',
    patientId: P_YEAR,
    hospitalId: H2,
    date: '2026-01-20',
    herniaSite: 'umbilical',
    meshType: 'none',
    primarySurgeonId: SURGEON,
  }),
  record('episode', E_OF_MERGED, { type: 'surgery', patientId: P_MERGED, hospitalId: H2 }),
  record('episode', E_ORPHAN_FOLLOW_UP, {
    type: 'followUp',
    patientId: P_YEAR,
    hospitalId: H2,
    date: '2026-03-01',
    surgeryEpisodeId: id(2, 99),
    recurrence: 'yes',
  }),
];
