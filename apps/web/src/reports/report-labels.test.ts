import { NOT_RECORDED } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { reportLabels } from './report-labels';

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';
const names = {
  hospitalName: (id: string) => (id === HOSPITAL ? 'Mbeya Referral' : undefined),
  staffName: () => undefined,
};
const en = reportLabels(testTranslate('en'), 'en', names);
const sw = reportLabels(testTranslate('sw'), 'sw', names);

describe('report labels', () => {
  it('name a group that was not recorded the same way whatever it groups', () => {
    for (const label of [en.hospital, en.region, en.surgeon, en.month, en.herniaSite, en.cepod])
      expect(label(NOT_RECORDED)).toBe('Not recorded');
    expect(sw.month(NOT_RECORDED)).toBe('Haijarekodiwa');
  });

  it('name hospitals, and show an unknown one by the start of its id rather than hide it', () => {
    expect(en.hospital(HOSPITAL)).toBe('Mbeya Referral');
    expect(en.hospital('abcdef01-0000-7000-8000-000000000009')).toContain('abcdef01');
  });

  it('name months and codes in the screen’s language', () => {
    expect(en.month('2026-01')).toBe('Jan 2026');
    expect(en.cepod('emergency')).toBe('Emergency');
    expect(sw.cepod('emergency')).toBe('Dharura');
  });

  it('name a missing field as the forms do, a list item field once for the list', () => {
    expect(en.field('surgery', 'date')).toBe('Operation date');
    expect(en.field('discharge', 'complications.*.text')).toBe('Complications: text');
    expect(en.field('patient', 'birthYear')).not.toBe('birthYear');
  });
});
