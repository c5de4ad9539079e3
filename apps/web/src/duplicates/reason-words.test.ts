import type { DuplicateReason, DuplicateReasonCode } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { isEvidenceAgainst, reasonWords } from './reason-words';

// One reason of every code the scorer gives: the type makes a new code fail to compile here.
const EVERY_REASON = {
  sameNationalId: { code: 'sameNationalId' },
  differentNationalId: { code: 'differentNationalId' },
  sameHospitalNumber: { code: 'sameHospitalNumber' },
  similarName: { code: 'similarName', similarity: 0.82 },
  differentName: { code: 'differentName', similarity: 0.31 },
  unmatchedNameWords: { code: 'unmatchedNameWords', count: 2 },
  unmatchedInitials: { code: 'unmatchedInitials', count: 1 },
  extraNameWords: { code: 'extraNameWords', count: 1 },
  firstNameMissing: { code: 'firstNameMissing' },
  commonName: { code: 'commonName', patients: 3.4 },
  rareName: { code: 'rareName', patients: 0.02 },
  birthYearClose: { code: 'birthYearClose', years: 2 },
  birthYearFar: { code: 'birthYearFar', years: 30 },
  sameGender: { code: 'sameGender' },
  differentGender: { code: 'differentGender' },
  samePhone: { code: 'samePhone' },
  familyPhone: { code: 'familyPhone' },
  differentPhones: { code: 'differentPhones' },
  sameHospital: { code: 'sameHospital' },
} satisfies { [C in DuplicateReasonCode]: Extract<DuplicateReason, { code: C }> };

describe('reasonWords', () => {
  for (const language of ['en', 'sw'] as const) {
    it(`words every reason of the scorer in ${language}, never as its code`, () => {
      const t = testTranslate(language);
      for (const reason of Object.values(EVERY_REASON) as DuplicateReason[]) {
        const words = reasonWords(t, reason, language);
        expect(words).not.toBe(reason.code);
        expect(words).not.toMatch(/\{\{|duplicates:/);
      }
    });
  }

  it('puts numbers in words and sides as the scorer does', () => {
    const t = testTranslate('en');
    expect(reasonWords(t, EVERY_REASON.similarName, 'en')).toBe('Similar names (82% alike)');
    expect(reasonWords(t, EVERY_REASON.commonName, 'en')).toBe(
      'Common names: about 3 patients share them by chance',
    );
    expect(reasonWords(t, { code: 'birthYearClose', years: 0 }, 'en')).toBe('Same year of birth');
    expect(isEvidenceAgainst(EVERY_REASON.familyPhone)).toBe(true);
    expect(isEvidenceAgainst(EVERY_REASON.samePhone)).toBe(false);
  });
});
