import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { formatPercent, rateText, shareText } from './format-share';

describe('shares and rates in words', () => {
  it('gives the percentage with the counts it comes from, in either language', () => {
    expect(shareText(testTranslate('en'), 'en', { count: 6, of: 50 })).toBe('12% (6 of 50)');
    expect(shareText(testTranslate('sw'), 'sw', { count: 6, of: 50 })).toBe('12% (6 kati ya 50)');
    expect(shareText(testTranslate('en'), 'en', { count: 1234, of: 4321 })).toBe('29% (1,234 of 4,321)');
  });

  it('keeps a small rate apart from none, and says when there is nothing to count', () => {
    expect(formatPercent(0.004, 'en')).toBe('0.4%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(shareText(testTranslate('en'), 'en', { count: 0, of: 0 })).toBe('None to count (0 of 0)');
  });

  it('adds the operations not recorded, only when there are some', () => {
    const t = testTranslate('en');
    expect(rateText(t, 'en', { count: 1, of: 4, notRecorded: 3 })).toBe('25% (1 of 4) · 3 not recorded');
    expect(rateText(t, 'en', { count: 1, of: 4, notRecorded: 0 })).toBe('25% (1 of 4)');
  });
});
