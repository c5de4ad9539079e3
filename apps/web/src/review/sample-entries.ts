import type { ReviewEntry } from '../review-data/review-entry';

// Review entries made up for the tests of this folder and the review bench (bench/review): the same
// list on every run, spread over hospitals, staff, names, two years of dates and the three kinds of
// episode, with some records incomplete, in conflict or deleted, as a registry holds them.

// Forty given names and forty family names, so that three-part names (given, father's, family) are
// about as varied as a registry's: 100,000 patients carry some 50,000 different names.
const GIVEN = (
  'Amina Baraka Joseph Neema Hassani Zuhura Mohamed Grace Ali Rehema Saida Juma Halima ' +
  'Daudi Mwanaisha Emmanuel Upendo Rashidi Fatma Yusufu Agnes Hamisi Tumaini Salma Petro ' +
  'Zawadi Athumani Esther Khamis Mariamu Godfrey Nasra Shabani Happiness Idrisa Witness ' +
  'Ramadhani Joyce Selemani Émile'
).split(' ');
const FAMILY = (
  "Mwakyusa Kimaro Juma Massawe Mollel Shirima Hassan Lyimo Temba Ng'wanza Mushi Swai Mrema " +
  'Kweka Minja Mbwambo Mfinanga Kisanga Mzee Masanja Mabula Shija Qamara Kyando Chilongani ' +
  'Mazengo Othman Said Bigirimana Mapunda Komba Ngowi Urassa Kessy Makundi Mwinyi Salum ' +
  'Nyirenda Magesa Mussa'
).split(' ');
const TYPES = ['surgery', 'discharge', 'followUp'] as const;
const FIRST_DAY = Date.UTC(2025, 0, 1);

/** A well-spread whole number for (i, salt): the same every run, without a random generator. */
function mix(i: number, salt: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

const pick = <T>(list: readonly T[], i: number, salt: number): T => list[mix(i, salt) % list.length] as T;

/** A lower-case UUID (version 7 in form) numbered `n` in a series `series`. */
export function sampleId(series: number, n: number): string {
  const tail = n.toString(16).padStart(12, '0');
  return `0192f4c0-${series.toString(16).padStart(4, '0')}-7000-8000-${tail}`;
}

const dayOf = (i: number, salt: number) =>
  new Date(FIRST_DAY + (mix(i, salt) % 730) * 86_400_000).toISOString().slice(0, 10);

export interface SampleOptions {
  hospitalIds: readonly string[];
  staffIds: readonly string[];
}

const nameOf = (patient: number) =>
  `${pick(GIVEN, patient, 1)} ${pick(GIVEN, patient, 9)} ${pick(FAMILY, patient, 2)}`;

function state(i: number, salt: number) {
  const roll = mix(i, salt) % 100;
  return {
    inConflict: roll < 2,
    deleted: roll >= 97,
    headCount: roll < 2 ? 2 : 1,
    missingCount: mix(i, salt + 1) % 5 < 2 ? mix(i, salt + 2) % 6 : 0,
  };
}

export function samplePatients(count: number, { hospitalIds, staffIds }: SampleOptions): ReviewEntry[] {
  return Array.from({ length: count }, (_, i): ReviewEntry => {
    const hospitalId = pick(hospitalIds, i, 3);
    const fullName = nameOf(i);
    const { inConflict, deleted, headCount, missingCount } = state(i, 10);
    return {
      entity: 'patient',
      entityId: sampleId(1, i),
      patientId: sampleId(1, i),
      patientName: fullName,
      data: {
        fullName,
        gender: pick(['male', 'male', 'male', 'female', 'unknown'], i, 4),
        ...(mix(i, 5) % 10 < 9 ? { birthYear: 1940 + (mix(i, 6) % 85) } : {}),
        registeredHospitalId: hospitalId,
      },
      hospitalId,
      date: dayOf(i, 7),
      inConflict,
      deleted,
      missingCount,
      headCount,
      changedBy: pick(staffIds, i, 8),
      changedAt: `${dayOf(i, 7)}T09:00:00.000Z`,
    };
  });
}

/** About three episodes per patient of `samplePatients` (an operation, its discharge, a follow-up). */
export function sampleEpisodes(count: number, { hospitalIds, staffIds }: SampleOptions): ReviewEntry[] {
  return Array.from({ length: count }, (_, i): ReviewEntry => {
    const patient = Math.floor(i / 3);
    const type = TYPES[i % 3] as (typeof TYPES)[number];
    const hospitalId = pick(hospitalIds, patient, 3);
    const surgeonId = pick(staffIds, i, 11);
    const date = mix(i, 12) % 50 === 0 ? undefined : dayOf(i, 13);
    const { inConflict, deleted, headCount, missingCount } = state(i, 20);
    return {
      entity: 'episode',
      entityId: sampleId(2, i),
      patientId: sampleId(1, patient),
      patientName: nameOf(patient),
      data: {
        type,
        patientId: sampleId(1, patient),
        hospitalId,
        ...(date ? { date } : {}),
        attendeeIds: [pick(staffIds, i, 14)],
        ...(type === 'surgery' ? { primarySurgeonId: surgeonId } : {}),
      },
      hospitalId,
      date,
      inConflict,
      deleted,
      missingCount,
      headCount,
      changedBy: surgeonId,
      changedAt: `${date ?? '2026-01-01'}T09:00:00.000Z`,
    };
  });
}
