import { describe, expect, it } from 'vitest';
import { findDuplicates } from './find-duplicates';
import type { DuplicateCandidate } from './types';

const base = {
  gender: 'female',
  birthYear: 1990,
  registeredHospitalId: 'h1',
  phones: [{ number: '0754 111 222' }],
};
const patients: DuplicateCandidate[] = [
  { id: 'p1', fullName: 'Fatuma Said Kimaro', ...base },
  { id: 'p2', fullName: 'Fatma Kimaro', ...base, birthYear: 1991 },
  { id: 'p3', fullName: 'Kimaro Fatuma', ...base, phones: [] },
  { id: 'p4', fullName: 'Halima Said Kimaro', ...base },
];

describe('findDuplicates', () => {
  it('returns likely pairs, best first, each pair once with ids in order', () => {
    const pairs = findDuplicates(patients);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(expect.arrayContaining(['p1-p2', 'p1-p3', 'p2-p3']));
    expect(pairs.some((p) => p.a === 'p4' || p.b === 'p4')).toBe(false);
    for (let i = 1; i < pairs.length; i++)
      expect(pairs[i - 1]?.score).toBeGreaterThanOrEqual(pairs[i]?.score ?? 0);
    for (const p of pairs) expect(p.a < p.b).toBe(true);
  });

  it('never offers a dismissed pair, from either side', () => {
    const dismissed = patients.map((p) => (p.id === 'p2' ? { ...p, notDuplicateOf: ['p1'] } : p));
    const pairs = findDuplicates(dismissed);
    expect(pairs.some((p) => p.a === 'p1' && p.b === 'p2')).toBe(false);
    expect(pairs.some((p) => p.a === 'p2' && p.b === 'p3')).toBe(true);
  });

  it('skips merged records', () => {
    const merged = patients.map((p) => (p.id === 'p3' ? { ...p, mergedInto: 'p1' } : p));
    expect(findDuplicates(merged).some((p) => p.a === 'p3' || p.b === 'p3')).toBe(false);
  });

  it('honours the threshold', () => {
    expect(findDuplicates(patients, { threshold: 1.01 })).toEqual([]);
  });
});
