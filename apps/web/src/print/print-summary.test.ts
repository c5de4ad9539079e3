import {
  createVersion,
  editVersion,
  recordStates,
  softDeleteVersion,
  type Version,
  type WriteContext,
} from '@registry/domain';
import { describe, expect, it } from 'vitest';
import type { DetailLookups } from '../episodes/episode-details';
import { HOSPITAL, NURSE, PATIENT, SURGEON, testTranslate } from '../episodes/test-fixtures';
import type { AnyState } from '../local/patient-summary';
import { type PrintSummary, printSummary } from './print-summary';

const NOW = new Date('2026-12-01T10:00:00Z');
let n = 0;
const ctx = (authorId = SURGEON): WriteContext => ({
  now: new Date(NOW.getTime() + ++n * 1000),
  newId: () => `0192f4c0-0000-7000-8000-3${(++n).toString(16).padStart(11, '0')}`,
  authorId,
  deviceId: 'test',
});

const lookups: DetailLookups = {
  staffName: (id) => ({ [SURGEON]: 'Zawadi Mushi', [NURSE]: 'Baraka Ally' })[id] ?? `? ${id}`,
  hospitalName: (id) => (id === HOSPITAL ? 'Mbeya DH' : id),
  operationName: (id) => `operation ${id}`,
  date: (date) => `[${date}]`,
};

const patient = createVersion(
  ctx(),
  'patient',
  {
    fullName: 'Amina Juma',
    gender: 'female',
    birthYear: 1984,
    nationalId: '19840101-12345-00001-23',
    phones: [{ number: '0712 345 678', comment: 'mobile' }, { number: '0755 000 111' }],
    registeredHospitalId: HOSPITAL,
  },
  PATIENT,
);
const episode = (data: Record<string, unknown>) =>
  createVersion<Record<string, unknown>>(ctx(), 'episode', {
    patientId: PATIENT,
    hospitalId: HOSPITAL,
    ...data,
  });

const older = episode({ type: 'surgery', date: '2026-03-02', side: 'left', primarySurgeonId: SURGEON });
const newer = episode({
  type: 'surgery',
  date: '2026-11-20',
  herniaSite: 'inguinal',
  side: 'right',
  primarySurgeonId: SURGEON,
  secondarySurgeonId: NURSE,
  meshType: 'tnmhp',
});
const discharge = episode({
  type: 'discharge',
  date: '2026-11-22',
  surgeryEpisodeId: newer.entityId,
  antibioticsOnDischarge: 'no',
  complications: [{ code: 'haematoma', text: 'small' }],
});
const followUpLate = episode({
  type: 'followUp',
  date: '2027-01-10',
  surgeryEpisodeId: newer.entityId,
  pain: 'mild',
});
const followUpEarly = episode({
  type: 'followUp',
  date: '2026-12-30',
  surgeryEpisodeId: newer.entityId,
  pain: 'moderate',
});

function summarise(
  versions: readonly Version[],
  unsynced: readonly string[] = [],
  language: 'en' | 'sw' = 'en',
): PrintSummary {
  const states = recordStates(versions) as Map<string, AnyState>;
  return printSummary(testTranslate(language), states, PATIENT, lookups, {
    language,
    now: NOW,
    unsyncedIds: new Set(unsynced),
  });
}

const rowsOf = (record: { rows: { label: string; value: string }[] } | undefined) =>
  Object.fromEntries((record?.rows ?? []).map((r) => [r.label, r.value]));

describe('printSummary', () => {
  const chart = [patient, older, newer, discharge, followUpLate, followUpEarly];

  it("prints the patient's details, every phone with its comment, and blanks as not recorded", () => {
    expect(rowsOf(summarise(chart).patient)).toEqual({
      'Full name': 'Amina Juma',
      Gender: 'Female',
      'Age and birth': 'about 42 years old (born 1984)',
      'National ID number': '19840101-12345-00001-23',
      'Hospital number': 'not recorded',
      'Phone 1': '0712 345 678 (mobile)',
      'Phone 2': '0755 000 111',
      Address: 'not recorded',
      'Registering hospital': 'Mbeya DH',
    });
  });

  it('prints operations newest first, each with its discharge and follow-ups in the order they happened', () => {
    const { operations, unlinked } = summarise(chart);
    expect(operations.map((o) => o.title)).toEqual(['Operation, 20 Nov 2026', 'Operation, 2 Mar 2026']);
    expect(operations[0]?.followOns.map((f) => f.title)).toEqual([
      'Discharge, 22 Nov 2026',
      'Follow-up, 30 Dec 2026',
      'Follow-up, 10 Jan 2027',
    ]);
    expect(operations[1]?.followOns).toEqual([]);
    expect(unlinked).toEqual([]);
  });

  it('names the surgeons and puts every answer in words', () => {
    const operation = rowsOf(summarise(chart).operations[0]);
    expect(operation).toMatchObject({
      'Operation date': '[2026-11-20]',
      Hospital: 'Mbeya DH',
      'Primary surgeon': 'Zawadi Mushi',
      'Second surgeon': 'Baraka Ally',
      Side: 'Right',
    });
  });

  it('gives a discharge its length of stay and complications, without naming its operation again', () => {
    const printed = summarise(chart).operations[0]?.followOns[0];
    expect(printed?.rows.map((r) => r.field)).toEqual([
      'date',
      'lengthOfStay',
      'hospitalId',
      'antibioticsOnDischarge',
      'complications.0',
    ]);
    expect(rowsOf(printed)).toMatchObject({
      'Length of stay': '2 nights',
      'Complication 1': 'Haematoma: small',
    });
  });

  it('leaves deleted episodes out, and prints the discharge and follow-up of a deleted operation on their own, newest first', () => {
    const { operations, unlinked } = summarise([
      ...chart,
      softDeleteVersion(ctx(), newer),
      softDeleteVersion(ctx(), followUpLate),
    ]);
    expect(operations.map((o) => o.title)).toEqual(['Operation, 2 Mar 2026']);
    expect(unlinked.map((u) => u.title)).toEqual(['Follow-up, 30 Dec 2026', 'Discharge, 22 Nov 2026']);
    expect(unlinked[1]?.rows.map((r) => r.field)).toContain('surgeryEpisodeId');
  });

  it('counts and marks the records in conflict and those not yet synced', () => {
    const mine = editVersion(ctx(), newer, { ...newer.data, side: 'left' });
    const theirs = editVersion(ctx(NURSE), newer, { ...newer.data, side: 'bilateral' });
    const summary = summarise([...chart, mine, theirs], [discharge.entityId, PATIENT]);
    expect(summary.conflicts).toBe(1);
    expect(summary.operations[0]?.inConflict).toBe(true);
    expect(summary.unsynced).toBe(2);
    expect(summary.patient?.unsynced).toBe(true);
    expect(summary.operations[0]?.followOns[0]?.unsynced).toBe(true);
  });

  it('says when the patient is deleted, and prints the episodes of a patient not on the device', () => {
    expect(summarise([...chart, softDeleteVersion(ctx(), patient)]).deleted).toBe(true);
    const withoutPatient = summarise([older]);
    expect(withoutPatient.patient).toBeUndefined();
    expect(withoutPatient.operations).toHaveLength(1);
  });

  it('speaks Kiswahili', () => {
    const summary = summarise(chart, [], 'sw');
    expect(rowsOf(summary.patient)).toMatchObject({ Jinsia: 'Mwanamke', Anwani: 'haijaandikwa' });
    expect(summary.operations[0]?.title).toMatch(/^Upasuaji, /);
  });
});
