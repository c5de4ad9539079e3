import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithin } from './edit-distance';

/** The textbook full-matrix optimal string alignment distance, to check the banded one against. */
const reference = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
};

/** Short strings over few letters, so that near misses are common. */
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'h', 'm'), maxLength: 10 });

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['hamisi', 'hamsi', 1],
    ['mohamed', 'mohamde', 1],
    ['ab', 'ba', 1],
    ['juma', 'juma', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['', '', 0],
    // Optimal string alignment edits no substring twice, so this is 3 and not Damerau's 2.
    ['ca', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops above max and says max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('juma', 'jumanne', 1)).toBe(2);
    expect(editDistance('juma', 'juma', 0)).toBe(0);
    expect(editDistance('juma', 'jama', 0)).toBe(1);
    expect(editDistance('hamisi', 'hamsi', 1)).toBe(1);
  });

  it('agrees with the full-matrix algorithm, within any limit', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 12 }), (a, b, max) => {
        const full = reference(a, b);
        expect(editDistance(a, b)).toBe(full);
        expect(editDistance(a, b, max)).toBe(Math.min(full, max + 1));
      }),
    );
  });

  it('is symmetric, and 0 exactly when the strings are equal', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, a)).toBe(0);
      }),
    );
  });

  it('gives the same answer in rows left dirty by earlier calls', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.nat(3)), { minLength: 1, maxLength: 8 }), (pairs) => {
        const rows = new Int32Array(3 * 11).fill(-7);
        for (const [a, b, max] of pairs) {
          expect(editDistanceWithin(a, b, max, rows)).toBe(Math.min(reference(a, b), max + 1));
        }
      }),
    );
  });
});
