import { describe, expect, it } from 'vitest';
import type { PatientSummary } from '../local/patient-summary';
import { matchQueries, mergeMatches } from './typed-matches';

const summary = (patientId: string) => ({ patientId }) as PatientSummary;

describe('matchQueries', () => {
  it('searches the name, each phone and the ids separately, once there is enough to search', () => {
    expect(
      matchQueries({
        fullName: ' Amina J ',
        phones: [
          { number: '0754 123 456', comment: '' },
          { number: '07', comment: 'x' },
        ],
        nationalId: '1984',
        hospitalNumber: 'K1',
      }),
    ).toEqual(['Amina J', '0754 123 456', '1984']);
    expect(matchQueries({ fullName: 'Al' })).toEqual([]);
    expect(matchQueries({})).toEqual([]);
  });
});

describe('mergeMatches', () => {
  it('takes each patient once, alternating between searches, without the excluded one', () => {
    const names = [summary('a'), summary('b'), summary('c')];
    const phone = [summary('p'), summary('a')];
    expect(mergeMatches([names, phone], 10).map((s) => s.patientId)).toEqual(['a', 'p', 'b', 'c']);
    expect(mergeMatches([names, phone], 2).map((s) => s.patientId)).toEqual(['a', 'p']);
    expect(mergeMatches([names], 10, 'b').map((s) => s.patientId)).toEqual(['a', 'c']);
    expect(mergeMatches([], 5)).toEqual([]);
  });
});
