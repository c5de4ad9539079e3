import {
  ANAESTHETICS,
  COMPLEXITIES,
  type DischargeEpisodeData,
  type FollowUpEpisodeData,
  HERNIA_SIZES,
  MESH_TYPES,
  PAIN_LEVELS,
  type PatientData,
  type SurgeryEpisodeData,
} from '@registry/domain';
import {
  FEMALE_NAMES,
  MALE_NAMES,
  NOTES,
  PHONE_COMMENTS,
  PHONE_PREFIXES,
  PLACES,
  SURGERY_COMMENTS,
  SURNAMES,
} from './registry-names';
import type { Random } from './seeded-random';

// The `data` of each kind of record, filled in as a clerk or surgeon would: most fields answered,
// some left out, every value one the domain's schemas accept.

export function phoneNumber(random: Random): string {
  const digits = `${random.pick(PHONE_PREFIXES)}${String(random.int(0, 999_999)).padStart(6, '0')}`;
  return random.chance(0.5) ? `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}` : digits;
}

export function patientData(random: Random, hospitalId: string, year: number, serial: number): PatientData {
  const male = random.chance(0.85);
  const given = random.pick(male ? MALE_NAMES : FEMALE_NAMES);
  const father = random.pick(MALE_NAMES);
  const fullName = random.chance(0.7)
    ? `${given} ${father} ${random.pick(SURNAMES)}`
    : `${given} ${random.pick(SURNAMES)}`;
  const phones = random.chance(0.85)
    ? [{ number: phoneNumber(random), comment: random.pick(PHONE_COMMENTS) }]
    : undefined;
  if (phones && random.chance(0.2)) phones.push({ number: phoneNumber(random), comment: 'neighbour' });
  return {
    fullName,
    gender: male ? 'male' : 'female',
    birthYear: year - random.int(1, 85),
    ...(random.chance(0.85) ? { hospitalNumber: `${year}/${String(serial).padStart(6, '0')}` } : {}),
    ...(random.chance(0.15) ? { nationalId: `1970${String(random.int(0, 1e12)).padStart(16, '0')}` } : {}),
    ...(phones ? { phones } : {}),
    ...(random.chance(0.9) ? { address: random.pick(PLACES) } : {}),
    registeredHospitalId: hospitalId,
    ...(random.chance(0.06) ? { notes: random.pick(NOTES) } : {}),
  };
}

export interface EpisodeInput {
  patientId: string;
  hospitalId: string;
  date: string;
  surgeonId: string;
}

export function surgeryData(random: Random, input: EpisodeInput): SurgeryEpisodeData {
  const emergency = random.chance(0.12);
  const inguinal = random.chance(0.78);
  const meshType = random.pick(MESH_TYPES);
  const antibiotics = random.pick(['yes', 'yes', 'no', 'unknown'] as const);
  return {
    type: 'surgery',
    patientId: input.patientId,
    hospitalId: input.hospitalId,
    date: input.date,
    attendeeIds: [input.surgeonId],
    herniaSite: inguinal ? 'inguinal' : random.pick(['femoral', 'umbilical', 'incisional'] as const),
    cepod: emergency ? 'emergency' : 'planned',
    side: inguinal ? random.pick(['left', 'right', 'bilateral'] as const) : 'notApplicable',
    occurrence: random.chance(0.9) ? 'primary' : 'recurrent',
    herniaType: inguinal ? random.pick(['direct', 'indirect', 'pantaloon'] as const) : 'notApplicable',
    size: random.pick(HERNIA_SIZES),
    complexity: emergency ? random.pick(COMPLEXITIES) : 'simple',
    meshType,
    ...(meshType === 'commercial' ? { meshBrand: 'Prolene (Ethicon)' } : {}),
    anaesthetic: random.pick(ANAESTHETICS.filter((a) => a !== 'other')),
    diathermyUsed: random.pick(['yes', 'no', 'unknown'] as const),
    prophylacticAntibiotics: antibiotics,
    ...(antibiotics === 'yes' ? { antibioticTimings: ['ivBeforeSurgery' as const] } : {}),
    additionalProcedure: 'none',
    primarySurgeonId: input.surgeonId,
    ...(random.chance(0.1) ? { comments: random.pick(SURGERY_COMMENTS) } : {}),
  };
}

export function dischargeData(
  random: Random,
  input: EpisodeInput,
  surgeryEpisodeId: string,
): DischargeEpisodeData {
  const complicated = random.chance(0.06);
  const antibiotics = random.chance(0.3);
  return {
    type: 'discharge',
    patientId: input.patientId,
    hospitalId: input.hospitalId,
    date: input.date,
    surgeryEpisodeId,
    anyComplications: complicated ? 'yes' : 'no',
    ...(complicated
      ? { complications: [{ code: 'haematoma' as const, text: 'Wound haematoma.', date: input.date }] }
      : {}),
    antibioticsOnDischarge: antibiotics ? 'yes' : 'no',
    ...(antibiotics ? { antibioticsOralDays: random.int(3, 7) } : {}),
  };
}

export function followUpData(
  random: Random,
  input: EpisodeInput,
  surgeryEpisodeId: string,
): FollowUpEpisodeData {
  const finding = () => (random.chance(0.92) ? 'no' : random.pick(['yes', 'unknown'] as const));
  return {
    type: 'followUp',
    patientId: input.patientId,
    hospitalId: input.hospitalId,
    date: input.date,
    surgeryEpisodeId,
    pain: random.pick(PAIN_LEVELS),
    meshAwareness: finding(),
    infection: finding(),
    seroma: finding(),
    numbness: finding(),
    recurrence: finding(),
    furtherSurgeryNeeded: 'no',
  };
}

/** What an edit changes: a phone number added or a detail corrected, the rest kept as it was. */
export function editedData(random: Random, data: Record<string, unknown>): Record<string, unknown> {
  switch (data.type) {
    case undefined:
      return { ...data, phones: [{ number: phoneNumber(random), comment: random.pick(PHONE_COMMENTS) }] };
    case 'surgery':
      return { ...data, size: random.pick(HERNIA_SIZES), comments: random.pick(SURGERY_COMMENTS) };
    case 'discharge':
      return { ...data, antibioticsOnDischarge: 'yes', antibioticsOralDays: random.int(3, 7) };
    default:
      return { ...data, pain: random.pick(PAIN_LEVELS), comments: 'Reviewed by phone.' };
  }
}
