import { describe, expect, it } from 'vitest';
import { nameCensus } from './name-census';
import { prepareCandidate } from './prepare-candidate';
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

describe('scorePair, evidence a reviewer reads', () => {
  const phones = [{ number: '0754123456' }];

  it('reads the year of birth from a national id when the record has none', () => {
    // A child's copy without a birth year, whose national id says 1943: the parent, not the child.
    const parent = patient({
      id: 'a',
      fullName: 'Zainabu Hussein Urio',
      gender: 'female',
      birthYear: 1968,
      phones,
    });
    const other = patient({
      id: 'b',
      fullName: 'Zainabu Hussein Urio',
      gender: 'female',
      birthYear: undefined,
      nationalId: '19430912-52590-97012-35',
      phones,
    });
    const { score, reasons } = scorePair(parent, other);
    expect(reasons).toContainEqual({ code: 'birthYearFar', years: 25, fromNationalId: true });
    expect(score).toBeLessThan(0.1);
  });

  it('sees a missing first name as a relative, not a dropped middle name', () => {
    const father = patient({ id: 'a', fullName: 'Elias Ally', birthYear: 1960, phones });
    const son = patient({ id: 'b', fullName: 'Kassim Elias Ally', birthYear: 1961, phones });
    const sameMan = patient({ id: 'c', fullName: 'Elias Kassim Ally', birthYear: 1961, phones });
    expect(codes(father, son)).toEqual(expect.arrayContaining(['firstNameMissing', 'familyPhone']));
    expect(codes(father, son)).not.toContain('samePhone');
    expect(codes(father, sameMan)).toEqual(expect.arrayContaining(['extraNameWords', 'samePhone']));
    expect(scorePair(father, sameMan).score).toBeGreaterThan(scorePair(father, son).score + 0.3);
  });

  it('takes an initial that starts no name of the other as another person', () => {
    const a = patient({ id: 'a', fullName: 'S. Hussein Mfinanga', phones });
    const b = patient({ id: 'b', fullName: 'John Hussein Mfinanga', phones });
    expect(codes(a, b)).toEqual(expect.arrayContaining(['unmatchedInitials', 'familyPhone']));
    expect(scorePair(a, b).score).toBeLessThan(0.25);
    expect(scorePair(patient({ id: 'c', fullName: 'J. Hussein Mfinanga', phones }), b).score).toBeGreaterThan(
      0.9,
    );
  });

  it('does not count a name written twice as another name', () => {
    const a = patient({ id: 'a', fullName: 'Mohamed Mohamed Laizer' });
    expect(codes(a, patient({ id: 'b', fullName: 'Mohamed Laizer' }))).not.toContain('extraNameWords');
    expect(codes(a, patient({ id: 'b', fullName: 'Mohamed Said Laizer' }))).toContain('unmatchedNameWords');
  });

  it('weighs a common name less than a rare one, given the patients compared', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      patient({ id: `p${i}`, fullName: i < 40 ? 'Mohamed Juma' : `Winfrida${i} Mwasomola${i}` }),
    );
    const census = nameCensus(many.map(prepareCandidate));
    const common = scorePair(
      patient({ id: 'a', fullName: 'Mohamed Juma' }),
      patient({ id: 'b', fullName: 'Mohamed Juma' }),
      census,
    );
    const rare = scorePair(
      patient({ id: 'a', fullName: 'Winfrida7 Mwasomola7' }),
      patient({ id: 'b', fullName: 'Winfrida7 Mwasomola7' }),
      census,
    );
    expect(common.reasons).toContainEqual({ code: 'commonName', patients: 8 });
    expect(rare.reasons.map((r) => r.code)).toContain('rareName');
    expect(rare.score).toBeGreaterThan(common.score);
  });

  it('tells two established names from a typo once it knows the patients compared', () => {
    const names = ['Neema', 'Rehema'].flatMap((given) =>
      Array.from({ length: 5 }, (_, i) => patient({ id: `${given}${i}`, fullName: `${given} Kimaro` })),
    );
    const census = nameCensus(names.map(prepareCandidate));
    const neema = patient({ id: 'a', fullName: 'Neema Juma Mushi', gender: 'female', phones });
    const rehema = patient({ id: 'b', fullName: 'Rehema Juma Mushi', gender: 'female', phones });
    expect(codes(neema, rehema)).not.toContain('unmatchedNameWords');
    expect(scorePair(neema, rehema, census).reasons.map((r) => r.code)).toContain('unmatchedNameWords');
    expect(scorePair(neema, rehema, census).score).toBeLessThan(0.1);
  });
});
