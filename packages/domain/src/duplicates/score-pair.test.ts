import { describe, expect, it } from 'vitest';
import { scorePair } from './score-pair';
import type { DuplicateCandidate } from './types';

const patient = (fields: Partial<DuplicateCandidate>): DuplicateCandidate => ({
  id: 'x',
  fullName: 'Juma Hamisi Mushi',
  gender: 'male',
  birthYear: 1980,
  registeredHospitalId: 'h1',
  ...fields,
});
const codes = (a: DuplicateCandidate, b: DuplicateCandidate): string[] =>
  scorePair(a, b).reasons.map((r) => r.code);

describe('scorePair', () => {
  it('scores one person written two ways high, with reasons', () => {
    const a = patient({ id: 'a', fullName: 'Mohamed Hamisi', phones: [{ number: '0754 123 456' }] });
    const b = patient({
      id: 'b',
      fullName: 'Muhammad Khamis',
      birthYear: 1982,
      phones: [{ number: '+255 754123456' }],
    });
    const { score, reasons } = scorePair(a, b);
    expect(score).toBeGreaterThan(0.6);
    expect(reasons).toContainEqual({ code: 'birthYearClose', years: 2 });
    expect(reasons).toContainEqual({ code: 'samePhone' });
    expect(reasons.map((r) => r.code)).toContain('similarName');
  });

  it('forgives swapped order and an initial', () => {
    const a = patient({ id: 'a', fullName: 'John Mwakyusa', phones: [{ number: '0754123456' }] });
    expect(
      scorePair(a, patient({ id: 'b', fullName: 'Mwakyusa John', phones: [{ number: '0754123456' }] })).score,
    ).toBeGreaterThan(0.9);
    expect(
      scorePair(a, patient({ id: 'b', fullName: 'J. Mwakyusa', phones: [{ number: '0754123456' }] })).score,
    ).toBeGreaterThan(0.5);
  });

  it('is symmetric', () => {
    const a = patient({ id: 'a', fullName: 'Rehema Juma', gender: 'female' });
    const b = patient({ id: 'b', fullName: 'Rehma Juma Said', gender: 'female', birthYear: 1981 });
    expect(scorePair(a, b).score).toBe(scorePair(b, a).score);
  });

  it('trusts one national id and distrusts two different ones', () => {
    const a = patient({ id: 'a', nationalId: '19800101-12345-00001-11' });
    expect(
      scorePair(a, patient({ id: 'b', fullName: 'J. Mushi', nationalId: '1980010112345 0000111' })).score,
    ).toBeGreaterThan(0.9);
    const other = scorePair(a, patient({ id: 'b', nationalId: '19800101-99999-00001-11' }));
    expect(other.score).toBeLessThan(0.2);
    expect(other.reasons).toContainEqual({ code: 'differentNationalId' });
  });

  it('keeps twins apart: same surname, phone and year, another given name', () => {
    const phones = [{ number: '0754123456' }];
    const a = patient({ id: 'a', fullName: 'Neema Juma Mushi', gender: 'female', phones });
    const b = patient({ id: 'b', fullName: 'Upendo Juma Mushi', gender: 'female', phones });
    expect(scorePair(a, b).score).toBeLessThan(0.2);
    expect(codes(a, b)).toContain('unmatchedNameWords');
  });

  it('keeps a parent and child of one name apart', () => {
    const phones = [{ number: '0754123456' }];
    const a = patient({ id: 'a', birthYear: 1960, phones });
    const b = patient({ id: 'b', birthYear: 1988, phones });
    const { score, reasons } = scorePair(a, b);
    expect(score).toBeLessThan(0.1);
    expect(reasons).toContainEqual({ code: 'birthYearFar', years: 28 });
  });

  it('lets a different sex outweigh a matching name', () => {
    const a = patient({ id: 'a', fullName: 'Tumaini Mushi', phones: [{ number: '0754123456' }] });
    const b = patient({
      id: 'b',
      fullName: 'Tumaini Mushi',
      gender: 'female',
      phones: [{ number: '0754123456' }],
    });
    expect(scorePair(a, b).score).toBeLessThan(0.4);
    expect(codes(a, b)).toContain('differentGender');
  });

  it('does not call a namesake elsewhere a duplicate', () => {
    const a = patient({ id: 'a', phones: [{ number: '0754123456' }] });
    const b = patient({
      id: 'b',
      birthYear: 1952,
      registeredHospitalId: 'h2',
      phones: [{ number: '0712999888' }],
    });
    expect(scorePair(a, b).score).toBeLessThan(0.05);
  });
});
