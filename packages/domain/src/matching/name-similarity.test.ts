import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSimilarity } from './name-similarity';
import { fullName, nameWord } from './test-names';

describe('nameSimilarity', () => {
  it('is 1 for the same words in any order, case or accents', () => {
    expect(nameSimilarity('Juma Hamisi', 'Juma Hamisi')).toBe(1);
    expect(nameSimilarity('Juma Hamisi', 'HAMISI juma')).toBe(1);
    expect(nameSimilarity('Zoé Ng’wanza', 'zoe ngwanza')).toBe(1);
  });

  it('stays high for spelling variants and typos', () => {
    expect(nameSimilarity('Mohamed Hamisi', 'Muhammad Khamis')).toBeCloseTo(0.85);
    expect(nameSimilarity('Mohamed Hamisi', 'Mohammed Hamisi')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Rehema Mushi', 'Rehma Mushi')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Abdul Rahman', 'Abdulrahman')).toBe(0.95);
  });

  it('costs a little for a missing word and more for a different one', () => {
    expect(nameSimilarity('Amina Juma', 'Amina Juma Hamisi')).toBeCloseTo(0.9);
    expect(nameSimilarity('Mohamed Juma Hamisi', 'Muhammad Hamisi')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Peter Hamisi', 'Paulo Hamisi')).toBe(0.5);
  });

  it('counts an initial as half a word', () => {
    const initial = nameSimilarity('J. Hamisi', 'Juma Hamisi');
    expect(initial).toBe(0.75);
    expect(nameSimilarity('K. Hamisi', 'Juma Hamisi')).toBeLessThan(initial);
  });

  it('is 0 for names with nothing in common, or an empty name', () => {
    expect(nameSimilarity('Grace Halima', 'John Joseph')).toBe(0);
    expect(nameSimilarity('', 'Juma')).toBe(0);
    expect(nameSimilarity('', '')).toBe(0);
  });

  it('is symmetric, between 0 and 1, and 1 against itself', () => {
    fc.assert(
      fc.property(fullName(), fullName(), (a, b) => {
        const similarity = nameSimilarity(a, b);
        expect(similarity).toBe(nameSimilarity(b, a));
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
        expect(nameSimilarity(a, a)).toBe(a.replace(/[^a-z]/gi, '') === '' ? 0 : 1);
      }),
    );
  });

  it('ignores word order', () => {
    const words = fc.array(nameWord(), { minLength: 1, maxLength: 8 });
    const shuffled = words.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, fullName(), ([list, reordered], other) => {
        expect(nameSimilarity(reordered.join(' '), other)).toBe(nameSimilarity(list.join(' '), other));
      }),
    );
  });
});
