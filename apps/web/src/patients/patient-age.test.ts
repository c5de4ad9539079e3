import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { ageWords, patientAge } from './patient-age';

const NOW = new Date(2026, 5, 15, 12);

describe('patientAge', () => {
  it('is exact from a full birth date, counting whether the birthday has come', () => {
    expect(patientAge({ birthDate: '1984-06-15' }, NOW)).toEqual({ years: 42, approximate: false });
    expect(patientAge({ birthDate: '1984-06-16' }, NOW)).toEqual({ years: 41, approximate: false });
    expect(patientAge({ birthDate: '1984-01-30', birthYear: 1984 }, NOW)).toEqual({
      years: 42,
      approximate: false,
    });
  });

  it('is approximate from a birth year alone', () => {
    expect(patientAge({ birthYear: 1984 }, NOW)).toEqual({ years: 42, approximate: true });
  });

  it('is unknown without either, or when the date is after now', () => {
    expect(patientAge({}, NOW)).toBeUndefined();
    expect(patientAge({ birthYear: 2030 }, NOW)).toBeUndefined();
    expect(patientAge({ birthDate: 'garbage' }, NOW)).toBeUndefined();
  });
});

describe('ageWords', () => {
  const date = (d: string) => `[${d}]`;
  it('says the age and the birth in words', () => {
    const en = testTranslate('en');
    expect(ageWords(en, { birthYear: 1984 }, NOW, date)).toBe('about 42 years old (born 1984)');
    expect(ageWords(en, { birthYear: 2025, birthDate: '2025-06-15' }, NOW, date)).toBe(
      '1 year old (born [2025-06-15])',
    );
    expect(ageWords(en, { birthYear: 2031 }, NOW, date)).toBe('born 2031');
    expect(ageWords(en, {}, NOW, date)).toBeUndefined();
    expect(ageWords(testTranslate('sw'), { birthYear: 1984 }, NOW, date)).toBe(
      'takriban miaka 42 (alizaliwa 1984)',
    );
  });
});
