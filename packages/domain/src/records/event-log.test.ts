import { describe, expect, it } from 'vitest';
import { EPISODE, HOSPITAL, NOW, PATIENT } from './test-ids';
import { validateRecordData } from './validate-record-data';

const base = { episodeId: EPISODE, patientId: PATIENT, hospitalId: HOSPITAL };
const check = (data: unknown) => validateRecordData('eventLog', data, { now: NOW });

function problemsOf(data: unknown) {
  const result = check(data);
  if (result.ok) throw new Error('expected the log entry to be refused');
  return result.problems;
}

describe('log entries', () => {
  it.each(['note', 'vitals', 'medication', 'complication'])('saves an empty %s entry', (kind) => {
    expect(check({ ...base, kind })).toEqual({ ok: true, data: { ...base, kind } });
  });

  it('requires the episode, patient and hospital it belongs to, and its kind', () => {
    expect(problemsOf({ kind: 'note' }).map((problem) => problem.field)).toEqual([
      'episodeId',
      'patientId',
      'hospitalId',
    ]);
    expect(problemsOf(base)).toEqual([
      {
        field: 'kind',
        message: 'The kind of log entry is required (note, vitals, medication, complication).',
      },
    ]);
  });

  it('saves a note, a medication and a complication', () => {
    const entries = [
      { ...base, kind: 'note', at: '2026-11-21', text: 'Walking, eating well' },
      {
        ...base,
        kind: 'medication',
        at: '2026-11-21T08:15',
        drug: 'ceftriaxone',
        dose: '1 g',
        route: 'intravenous',
      },
      { ...base, kind: 'medication', drug: 'other', drugOther: 'Tranexamic acid', route: 'oral' },
      { ...base, kind: 'complication', at: '2026-11-21T08:15:00+03:00', code: 'haematoma', text: 'Scrotal' },
    ];
    for (const entry of entries) expect(check(entry)).toEqual({ ok: true, data: entry });
  });

  it('refuses a time that is neither a date nor a date and time', () => {
    expect(problemsOf({ ...base, kind: 'note', at: 'yesterday' })).toEqual([
      {
        field: 'at',
        message:
          'The time of the log entry "yesterday" is neither a date (YYYY-MM-DD) nor a date and time (YYYY-MM-DDTHH:MM).',
      },
    ]);
  });

  it('refuses a time in the future', () => {
    expect(problemsOf({ ...base, kind: 'note', at: '2026-12-01T10:00' })).toEqual([
      { field: 'at', message: 'The time of the log entry 2026-12-01T10:00 is in the future.' },
    ]);
    expect(check({ ...base, kind: 'note', at: '2026-11-23T23:59' }).ok).toBe(true);
  });

  it('refuses fields of another kind', () => {
    expect(problemsOf({ ...base, kind: 'note', pulse: 80 })).toEqual([
      { field: 'pulse', message: '"pulse" is not a field of a log entry; check its spelling.' },
    ]);
  });
});

describe('vital signs', () => {
  const vitals = { ...base, kind: 'vitals' };

  it('saves abnormal but possible values', () => {
    const sick = {
      ...vitals,
      temperature: 40.2,
      pulse: 160,
      systolic: 70,
      diastolic: 40,
      respiratoryRate: 40,
      spo2: 82,
    };
    expect(check(sick)).toEqual({ ok: true, data: sick });
  });

  it.each([
    [
      'temperature',
      98.6,
      'The temperature 98.6 °C is not possible: it must be between 25 and 45 °C. Enter it in degrees Celsius.',
    ],
    ['pulse', 0, 'The pulse 0 /min is not possible: it must be between 20 and 250 /min.'],
    [
      'systolic',
      1200,
      'The systolic blood pressure 1200 mmHg is not possible: it must be between 40 and 300 mmHg.',
    ],
    [
      'diastolic',
      5,
      'The diastolic blood pressure 5 mmHg is not possible: it must be between 10 and 200 mmHg.',
    ],
    [
      'respiratoryRate',
      180,
      'The respiratory rate 180 /min is not possible: it must be between 3 and 100 /min.',
    ],
    ['spo2', 101, 'The SpO2 101 % is not possible: it must be between 30 and 100 %.'],
  ])('refuses an impossible %s', (field, value, message) => {
    expect(problemsOf({ ...vitals, [field]: value })).toEqual([{ field, message }]);
  });

  it('refuses a pulse that is not a whole number', () => {
    expect(problemsOf({ ...vitals, pulse: 72.5 })[0]?.message).toBe(
      'The pulse must be a whole number, not 72.5.',
    );
  });

  it('refuses a diastolic pressure at or above the systolic', () => {
    expect(problemsOf({ ...vitals, systolic: 80, diastolic: 120 })).toEqual([
      {
        field: 'diastolic',
        message: 'The diastolic blood pressure (120) must be lower than the systolic (80).',
      },
    ]);
  });
});
