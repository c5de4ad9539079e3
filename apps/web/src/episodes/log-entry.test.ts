import { validateRecordData } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { logEntryText } from './log-entry-text';
import { emptyLogEntryValues, logEntryToData, nowForInput } from './log-entry-values';
import { EPISODE, HOSPITAL, PATIENT, testTranslate } from './test-fixtures';

const NOW = new Date('2026-11-22T09:00:00Z');
const owner = { episodeId: EPISODE, patientId: PATIENT, hospitalId: HOSPITAL };
const check = (data: unknown) => validateRecordData('eventLog', data, { now: NOW });
const blank = (kind: Parameters<typeof emptyLogEntryValues>[0]) => emptyLogEntryValues(kind, NOW);

describe('log entry values', () => {
  it('default the time to now, to the minute, as a datetime-local field gives it', () => {
    expect(nowForInput(NOW)).toMatch(/^2026-11-22T\d\d:00$/);
    expect(check(logEntryToData(blank('note'), owner)).ok).toBe(true);
  });

  it('keep only the fields of the kind, copied ids included, blanks dropped', () => {
    const values = { ...blank('note'), at: '', text: ' Walking ', dose: '1 g', temperature: '37' };
    expect(logEntryToData(values, owner)).toEqual({ kind: 'note', ...owner, text: 'Walking' });
    expect(logEntryToData({ ...values, kind: 'complication', code: 'other' }, owner)).toEqual({
      kind: 'complication',
      ...owner,
      code: 'other',
      text: 'Walking',
    });
  });

  it('turn vital signs into numbers the check accepts or refuses in words', () => {
    const values = { ...blank('vitals'), temperature: '37,5', pulse: '88', systolic: '120', diastolic: '80' };
    const data = logEntryToData(values, owner);
    expect(data).toMatchObject({ temperature: 37.5, pulse: 88, systolic: 120, diastolic: 80 });
    expect(data).not.toHaveProperty('spo2');
    expect(check(data).ok).toBe(true);
    const swapped = check(logEntryToData({ ...values, diastolic: '130' }, owner));
    expect(swapped.ok).toBe(false);
    const fahrenheit = check(logEntryToData({ ...values, temperature: '98.6' }, owner));
    expect(fahrenheit.ok ? [] : fahrenheit.problems.map((p) => p.field)).toEqual(['temperature']);
  });

  it('keep the other drug name only for "other"', () => {
    const values = {
      ...blank('medication'),
      drug: 'ceftriaxone',
      drugOther: 'x',
      dose: '1 g',
      route: 'intravenous',
    };
    expect(logEntryToData(values, owner)).not.toHaveProperty('drugOther');
    expect(logEntryToData({ ...values, drug: 'other' }, owner)).toHaveProperty('drugOther', 'x');
    expect(check(logEntryToData(values, owner)).ok).toBe(true);
  });
});

describe('logEntryText', () => {
  const t = testTranslate('en');

  it('reads each kind in words, with units', () => {
    expect(logEntryText(t, { kind: 'note', text: 'Walking' })).toBe('Walking');
    expect(
      logEntryText(t, { kind: 'vitals', temperature: 37.5, systolic: 120, diastolic: 80, spo2: 97 }),
    ).toBe('Temperature 37.5 °C · Blood pressure 120/80 mmHg · SpO2 97 %');
    expect(
      logEntryText(t, { kind: 'medication', drug: 'ceftriaxone', dose: '1 g', route: 'intravenous' }),
    ).toBe('Ceftriaxone · 1 g · Intravenous (IV)');
    expect(logEntryText(t, { kind: 'medication', drug: 'other', drugOther: 'Tinidazole' })).toBe(
      'Tinidazole',
    );
    expect(logEntryText(t, { kind: 'complication', code: 'bleeding', text: 'from the wound' })).toBe(
      'Bleeding · from the wound',
    );
  });

  it('says nothing rather than crash on empty or strange entries', () => {
    expect(logEntryText(t, { kind: 'vitals' })).toBe('');
    expect(logEntryText(t, { kind: 'vitals', diastolic: 70 })).toBe('Blood pressure ?/70 mmHg');
    expect(logEntryText(t, { kind: 'laser', text: 7 })).toBe('7');
    expect(logEntryText(t, {})).toBe('');
  });
});
