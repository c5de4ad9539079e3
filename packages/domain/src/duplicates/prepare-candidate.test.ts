import { describe, expect, it } from 'vitest';
import { birthYearOfNationalId, prepareCandidate } from './prepare-candidate';

const prepared = (nationalId: string | undefined, birthYear?: number) =>
  prepareCandidate({ id: 'p', fullName: 'Asha Mushi', registeredHospitalId: 'h1', nationalId, birthYear });

describe('birthYearOfNationalId', () => {
  it('reads the year from a NIDA number, however it is written', () => {
    expect(birthYearOfNationalId('19850315123450000112')).toBe(1985);
    expect(prepared('19850315-12345-00001-12').birthYear).toBe(1985);
    expect(prepared('1985 0315 12345 00001 12').birthYear).toBe(1985);
  });

  it('reads nothing from a number that is not a NIDA number with a real date', () => {
    expect(birthYearOfNationalId('19851315123450000112')).toBeUndefined(); // month 13
    expect(birthYearOfNationalId('19850340123450000112')).toBeUndefined(); // day 40
    expect(birthYearOfNationalId('1985031512345')).toBeUndefined(); // too short
    expect(birthYearOfNationalId('ab850315123450000112')).toBeUndefined();
  });
});

describe('prepareCandidate birth year', () => {
  it('prefers the national id to a year typed from a stated age', () => {
    expect(prepared('19850315-12345-00001-12', 1988)).toMatchObject({
      birthYear: 1985,
      birthYearFromId: true,
    });
    expect(prepared(undefined, 1988)).toMatchObject({ birthYear: 1988, birthYearFromId: false });
    expect(prepared('P1234567', 1988)).toMatchObject({ birthYear: 1988, birthYearFromId: false });
    expect(prepared(undefined)).toMatchObject({ birthYear: undefined, birthYearFromId: false });
  });
});
