import { describe, expect, it } from 'vitest';
import { HOSPITAL, NOW, NURSE, PATIENT, SURGEON, SURGERY } from './test-ids';
import { type ValidationContext, validateRecordData } from './validate-record-data';

const base = { patientId: PATIENT, hospitalId: HOSPITAL };
const surgery = { ...base, type: 'surgery' };
const discharge = { ...base, type: 'discharge', surgeryEpisodeId: SURGERY };
const followUp = { ...base, type: 'followUp', surgeryEpisodeId: SURGERY };

const check = (data: unknown, context: Partial<ValidationContext> = {}) =>
  validateRecordData('episode', data, { now: NOW, ...context });

function problemsOf(data: unknown, context: Partial<ValidationContext> = {}) {
  const result = check(data, context);
  if (result.ok) throw new Error('expected the episode to be refused');
  return result.problems;
}

describe('episode data: missing is not invalid', () => {
  it.each([surgery, discharge, followUp])('saves a $type with nothing but its references', (episode) => {
    expect(check(episode)).toEqual({ ok: true, data: episode });
  });

  it('requires the patient, the hospital and the type', () => {
    expect(problemsOf({ type: 'surgery' })).toEqual([
      { field: 'patientId', message: 'The patient is required.' },
      { field: 'hospitalId', message: 'The hospital is required.' },
    ]);
    expect(problemsOf(base)).toEqual([
      { field: 'type', message: 'The episode type is required (surgery, discharge, followUp).' },
    ]);
    expect(problemsOf({ ...base, type: 'operation' })).toEqual([
      {
        field: 'type',
        message: 'The episode type "operation" is not one of the choices (surgery, discharge, followUp).',
      },
    ]);
  });

  it('treats blank answers from a half-filled form as absent', () => {
    const result = check({
      ...surgery,
      date: '',
      herniaSite: '',
      comments: '  ',
      complications: [{ code: '' }],
    });
    expect(result).toEqual({ ok: true, data: surgery });
  });

  it('never refuses an "other" answer without its text', () => {
    expect(check({ ...surgery, herniaSite: 'other', anaesthetic: 'other', meshType: 'commercial' }).ok).toBe(
      true,
    );
  });
});

describe('surgery', () => {
  const full = {
    ...surgery,
    date: '2026-11-20',
    attendeeIds: [SURGEON, NURSE],
    complications: [{ code: 'bleeding', text: 'From the cord, controlled', date: '2026-11-20' }],
    comments: 'Camp list, theatre 2',
    herniaSite: 'inguinal',
    cepod: 'planned',
    side: 'right',
    occurrence: 'recurrent',
    previousRepair: 'suture',
    previousRepairCount: 1,
    herniaType: 'indirect',
    size: 'large',
    complexity: 'sliding',
    meshType: 'commercial',
    meshBrand: 'Prolene',
    anaesthetic: 'spinal',
    diathermyUsed: 'no',
    prophylacticAntibiotics: 'yes',
    antibioticTimings: ['ivBeforeSurgery', 'oral24h'],
    additionalProcedure: 'none',
    primarySurgeonId: SURGEON,
    secondarySurgeonId: NURSE,
  };

  it('saves every field', () => {
    expect(check(full)).toEqual({ ok: true, data: full });
  });

  it('refuses fields of another episode type', () => {
    expect(problemsOf({ ...surgery, pain: 'none' })).toEqual([
      { field: 'pain', message: '"pain" is not a field of an episode; check its spelling.' },
    ]);
  });

  it('refuses an impossible number of previous repairs', () => {
    expect(problemsOf({ ...surgery, previousRepairCount: 0 })).toEqual([
      {
        field: 'previousRepairCount',
        message: 'The number of previous repairs must be at least 1; leave it empty if it is not known.',
      },
    ]);
    expect(problemsOf({ ...surgery, previousRepairCount: 40 })[0]?.message).toBe(
      'The number of previous repairs (40) is not believable: at most 10.',
    );
  });

  it('refuses an operation dated in the future, with a day of slack for time zones', () => {
    expect(problemsOf({ ...surgery, date: '2027-03-01' })).toEqual([
      { field: 'date', message: 'The operation date 2027-03-01 is in the future.' },
    ]);
    expect(check({ ...surgery, date: '2026-11-23' }).ok).toBe(true);
    expect(problemsOf({ ...surgery, date: '2026-11-24' })[0]?.message).toBe(
      'The operation date 2026-11-24 is in the future.',
    );
  });

  it('refuses an operation date that is not a date, naming it as the form does', () => {
    expect(problemsOf({ ...surgery, date: '20/11/2026' })).toEqual([
      { field: 'date', message: 'The operation date "20/11/2026" is not a date written as YYYY-MM-DD.' },
    ]);
  });

  it('refuses a complication dated before the operation or in the future', () => {
    const complications = [
      { code: 'haematoma', date: '2026-11-19' },
      { code: 'other', date: '2026-12-25' },
    ];
    expect(problemsOf({ ...surgery, date: '2026-11-20', complications })).toEqual([
      {
        field: 'complications.0.date',
        message: 'The date of complication 1 (2026-11-19) is before the operation date 2026-11-20.',
      },
      { field: 'complications.1.date', message: 'The date of complication 2 (2026-12-25) is in the future.' },
    ]);
  });

  it('refuses a complication that is not one of the codes, naming its row', () => {
    expect(problemsOf({ ...surgery, complications: [{ code: 'bleeding' }, { code: 'infection' }] })).toEqual([
      {
        field: 'complications.1.code',
        message:
          'The kind of complication 2 "infection" is not one of the choices (bleeding, haematoma, urinaryRetention, returnToTheatre, death, other).',
      },
    ]);
    expect(problemsOf({ ...surgery, complications: [{ text: 'wound opened' }] })).toEqual([
      { field: 'complications.0.code', message: 'The kind of complication 1 is required.' },
    ]);
  });
});

describe('discharge', () => {
  it('saves its fields', () => {
    const full = {
      ...discharge,
      date: '2026-11-21',
      anyComplications: 'yes',
      complications: [{ code: 'urinaryRetention' }],
      antibioticsOnDischarge: 'yes',
      antibioticsIvDays: 0,
      antibioticsOralDays: 5,
    };
    expect(check(full)).toEqual({ ok: true, data: full });
  });

  it('refuses a discharge before the operation, when the operation is known', () => {
    const early = { ...discharge, date: '2026-11-18' };
    expect(problemsOf(early, { surgery: { date: '2026-11-20' } })).toEqual([
      { field: 'date', message: 'The discharge date 2026-11-18 is before the operation date 2026-11-20.' },
    ]);
    expect(check(early).ok).toBe(true);
    expect(check(early, { surgery: {} }).ok).toBe(true);
    expect(check({ ...discharge, date: '2026-11-20' }, { surgery: { date: '2026-11-20' } }).ok).toBe(true);
  });

  it('refuses negative or absurd antibiotic days', () => {
    expect(problemsOf({ ...discharge, antibioticsIvDays: -1 })).toEqual([
      { field: 'antibioticsIvDays', message: 'The number of days of IV antibiotics cannot be negative.' },
    ]);
    expect(problemsOf({ ...discharge, antibioticsOralDays: 500 })[0]?.message).toBe(
      'The number of days of oral antibiotics (500) is more than 60; check it.',
    );
  });

  it('refuses complications listed under "no complications"', () => {
    expect(problemsOf({ ...discharge, anyComplications: 'no', complications: [{ code: 'death' }] })).toEqual([
      {
        field: 'anyComplications',
        message: '"Any complications" is No, but 1 complication is listed; answer Yes or remove it.',
      },
    ]);
  });

  it('accepts "yes" or "no" for antibiotics on discharge, not "unknown"', () => {
    expect(problemsOf({ ...discharge, antibioticsOnDischarge: 'unknown' })[0]?.message).toBe(
      'The answer to "antibiotics on discharge" "unknown" is not one of the choices (yes, no).',
    );
  });
});

describe('follow-up', () => {
  it('saves each finding with its comment', () => {
    const full = {
      ...followUp,
      date: '2027-01-05',
      pain: 'mild',
      painComment: 'When lifting',
      meshAwareness: 'no',
      infection: 'no',
      seroma: 'yes',
      seromaComment: 'Small, aspirated',
      numbness: 'unknown',
      recurrence: 'no',
      furtherSurgeryNeeded: 'no',
      furtherSurgeryNeededComment: 'Review in 3 months',
    };
    expect(check(full, { now: new Date('2027-01-05T12:00:00Z') })).toEqual({ ok: true, data: full });
  });

  it('refuses a follow-up before the operation', () => {
    expect(problemsOf({ ...followUp, date: '2026-01-01' }, { surgery: { date: '2026-11-20' } })).toEqual([
      { field: 'date', message: 'The follow-up date 2026-01-01 is before the operation date 2026-11-20.' },
    ]);
  });

  it('refuses complications dated before the linked operation', () => {
    const complications = [{ code: 'other', text: 'wound infection', date: '2026-11-01' }];
    expect(problemsOf({ ...followUp, complications }, { surgery: { date: '2026-11-20' } })).toEqual([
      {
        field: 'complications.0.date',
        message: 'The date of complication 1 (2026-11-01) is before the operation date 2026-11-20.',
      },
    ]);
  });

  it('names the comment fields in plain words', () => {
    expect(problemsOf({ ...followUp, seromaComment: 'x'.repeat(201) })).toEqual([
      { field: 'seromaComment', message: 'The comment on seroma is too long: at most 200 characters.' },
    ]);
  });
});
