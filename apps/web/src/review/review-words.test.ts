import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';

describe('numbers in the review words', () => {
  it('writes counts and row ranges with the language’s digit grouping', () => {
    const en = testTranslate('en');
    expect(en('review:pages.rows', { first: 51, last: 100, total: 1234 })).toBe('Rows 51–100 of 1,234');
    expect(en('review:loading.progress', { done: 12000, total: 30000 })).toBe(
      'Reading 12,000 of 30,000 charts…',
    );
    expect(en('review:count.patients', { count: 1 })).toBe('1 patient matches');
    expect(en('review:count.episodes', { count: 23456 })).toBe('23,456 episodes match');
    const sw = testTranslate('sw');
    expect(sw('review:pages.rows', { first: 51, last: 100, total: 1234 })).toBe(
      `Mistari 51–100 kati ya ${new Intl.NumberFormat('sw').format(1234)}`,
    );
    expect(sw('review:missing', { count: 1 })).toBe('Sehemu 1 inakosekana');
    expect(sw('review:missing', { count: 3 })).toBe('Sehemu 3 zinakosekana');
  });
});
