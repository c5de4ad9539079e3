import { validateRecordData } from '@registry/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyEpisodeValues, episodeValuesFromData } from './episode-form-values';
import { dischargeToData, episodeToData, followUpToData, surgeryToData } from './episode-to-data';
import { LIST_CODES } from './list-labels';
import { HOSPITAL, NURSE, PATIENT, SURGEON, SURGERY } from './test-fixtures';

const NOW = new Date('2026-11-22T09:00:00Z');
const check = (data: unknown) => validateRecordData('episode', data, { now: NOW });

const fullSurgery = {
  type: 'surgery',
  patientId: PATIENT,
  hospitalId: HOSPITAL,
  date: '2026-11-20',
  attendeeIds: [NURSE],
  complications: [{ code: 'bleeding', text: 'oozing', date: '2026-11-20' }],
  comments: 'Uneventful',
  herniaSite: 'other',
  herniaSiteOther: 'Spigelian',
  cepod: 'planned',
  side: 'left',
  occurrence: 'recurrent',
  previousRepair: 'mesh',
  previousRepairCount: 2,
  herniaType: 'direct',
  size: 'medium',
  complexity: 'sliding',
  meshType: 'commercial',
  meshBrand: 'Prolene',
  anaesthetic: 'other',
  anaestheticOther: 'Field block',
  diathermyUsed: 'yes',
  prophylacticAntibiotics: 'yes',
  antibioticTimings: ['ivBeforeSurgery', 'oral24h'],
  additionalProcedure: 'other',
  additionalProcedureOther: 'Hydrocele repair',
  primarySurgeonId: SURGEON,
  secondarySurgeonId: NURSE,
};

describe('surgery form values', () => {
  it('round-trip every field of a surgery', () => {
    const values = episodeValuesFromData(fullSurgery);
    expect(values.previousRepairCount).toBe('2');
    const data = surgeryToData(values, PATIENT);
    expect(data).toEqual(fullSurgery);
    expect(check(data)).toEqual({ ok: true, data: fullSurgery });
  });

  it('drop empty values, leaving a record that is only missing answers', () => {
    const data = surgeryToData({ ...emptyEpisodeValues(), hospitalId: HOSPITAL, comments: '  ' }, PATIENT);
    expect(data).toEqual({ type: 'surgery', patientId: PATIENT, hospitalId: HOSPITAL });
    expect(check(data).ok).toBe(true);
    expect(surgeryToData({}, PATIENT)).toEqual({ type: 'surgery', patientId: PATIENT });
  });

  it('convert typed numbers and drop answers to hidden questions', () => {
    const values = {
      ...episodeValuesFromData(fullSurgery),
      occurrence: 'primary',
      previousRepairCount: ' 3 ',
      herniaSite: 'inguinal',
      meshType: 'tnmhp',
      anaesthetic: 'local',
      prophylacticAntibiotics: 'no',
      additionalProcedure: 'none',
    };
    const data = surgeryToData(values, PATIENT);
    for (const hidden of [
      'previousRepair',
      'previousRepairCount',
      'herniaSiteOther',
      'meshBrand',
      'anaestheticOther',
      'antibioticTimings',
      'additionalProcedureOther',
    ])
      expect(data).not.toHaveProperty(hidden);
    expect(surgeryToData({ occurrence: 'reRecurrent', previousRepairCount: '3' }, PATIENT)).toMatchObject({
      previousRepairCount: 3,
    });
  });

  it('leave text that is not a number for the check to refuse in words', () => {
    const data = surgeryToData({ occurrence: 'recurrent', previousRepairCount: 'two' }, PATIENT);
    const result = check({ ...data, hospitalId: HOSPITAL });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.field).toBe('previousRepairCount');
  });

  it('never save a wholly blank complication row, but keep a half-filled one', () => {
    const data = surgeryToData(
      {
        complications: [
          { code: '', text: ' ', date: '' },
          { code: '', text: 'wound gaping', date: '' },
        ],
      },
      PATIENT,
    );
    expect(data.complications).toEqual([{ text: 'wound gaping' }]);
  });
});

describe('discharge form values', () => {
  const discharge = {
    type: 'discharge',
    patientId: PATIENT,
    hospitalId: HOSPITAL,
    date: '2026-11-21',
    surgeryEpisodeId: SURGERY,
    anyComplications: 'yes',
    complications: [{ code: 'other', text: 'Scrotal swelling' }],
    antibioticsOnDischarge: 'yes',
    antibioticsIvDays: 0,
    antibioticsOralDays: 5,
  };

  it('round-trip, zero days included', () => {
    const values = episodeValuesFromData(discharge);
    expect(values.antibioticsIvDays).toBe('0');
    expect(dischargeToData(values, PATIENT)).toEqual(discharge);
    expect(check(discharge).ok).toBe(true);
  });

  it('drop the complications when the answer is No, and the days when no antibiotics were given', () => {
    const values = {
      ...episodeValuesFromData(discharge),
      anyComplications: 'no',
      antibioticsOnDischarge: 'no',
    };
    const data = dischargeToData(values, PATIENT);
    expect(data).not.toHaveProperty('complications');
    expect(data).not.toHaveProperty('antibioticsIvDays');
    expect(check(data).ok).toBe(true);
  });

  it('keep listed complications while the question is unanswered', () => {
    const values = { ...episodeValuesFromData(discharge), anyComplications: '' };
    expect(dischargeToData(values, PATIENT).complications).toEqual(discharge.complications);
  });
});

describe('follow-up form values', () => {
  it('round-trip every finding with its comment', () => {
    const followUp = {
      type: 'followUp',
      patientId: PATIENT,
      hospitalId: HOSPITAL,
      date: '2026-11-22',
      surgeryEpisodeId: SURGERY,
      pain: 'mild',
      painComment: 'on walking',
      meshAwareness: 'no',
      infection: 'yes',
      infectionComment: 'superficial',
      seroma: 'unknown',
      numbness: 'no',
      recurrence: 'no',
      recurrenceComment: 'none felt',
      furtherSurgeryNeeded: 'no',
      furtherSurgeryNeededComment: 'review in 3 months',
    };
    expect(followUpToData(episodeValuesFromData(followUp), PATIENT)).toEqual(followUp);
    expect(check(followUp).ok).toBe(true);
  });

  it('drop empty values', () => {
    expect(episodeToData('followUp', emptyEpisodeValues(), PATIENT)).toEqual({
      type: 'followUp',
      patientId: PATIENT,
    });
  });
});

describe('any answers the form can hold', () => {
  const answer = (codes: readonly string[]) => fc.constantFrom('', ...codes);
  const values = fc.record({
    date: fc.constantFrom('', '2026-11-01', '2026-11-20'),
    hospitalId: fc.constant(HOSPITAL),
    herniaSite: answer(LIST_CODES.herniaSite),
    herniaSiteOther: fc.string({ maxLength: 10 }),
    occurrence: answer(LIST_CODES.occurrence),
    previousRepair: answer(LIST_CODES.previousRepair),
    previousRepairCount: fc.constantFrom('', '1', ' 4 '),
    meshType: answer(LIST_CODES.meshType),
    meshBrand: fc.string({ maxLength: 10 }),
    prophylacticAntibiotics: answer(LIST_CODES.triState),
    antibioticTimings: fc.subarray([...LIST_CODES.antibioticTiming]),
    anyComplications: answer(LIST_CODES.triState),
    antibioticsOnDischarge: answer(LIST_CODES.yesNo),
    antibioticsIvDays: fc.constantFrom('', '0', '3'),
    pain: answer(LIST_CODES.painLevel),
    infection: answer(LIST_CODES.triState),
    infectionComment: fc.string({ maxLength: 10 }),
    complications: fc.array(
      fc.record({
        code: answer(LIST_CODES.complicationCode),
        text: fc.string({ maxLength: 5 }),
        date: fc.constant(''),
      }),
      { maxLength: 2 },
    ),
  });

  it('map to data that maps back to the same data, for every type', () => {
    fc.assert(
      fc.property(values, fc.constantFrom('surgery', 'discharge', 'followUp' as const), (v, type) => {
        const data = episodeToData(type, { ...emptyEpisodeValues(), ...v }, PATIENT);
        expect(episodeToData(type, episodeValuesFromData(data), PATIENT)).toEqual(data);
        for (const value of Object.values(data)) expect(value === '' || value === undefined).toBe(false);
      }),
    );
  });
});
