import { describe, expect, it } from 'vitest';
import { compareNames } from './name-agreement';
import { isEstablishedName, nameCensus } from './name-census';
import { prepareCandidate } from './prepare-candidate';

const named = (fullName: string) => prepareCandidate({ id: fullName, fullName, registeredHospitalId: 'h1' });
const compare = (a: string, b: string, census?: ReturnType<typeof nameCensus>) =>
  compareNames(named(a), named(b), census);

describe('compareNames', () => {
  it('pairs words in any order, forgiving spellings, typos and initials', () => {
    for (const [a, b] of [
      ['Mohamed Hamisi Mushi', 'Mushi Muhammad Khamis'],
      ['Fatuma Kimaro', 'Fatuma Kimrao'],
      ['J. Mwakyusa', 'John Mwakyusa'],
    ] as const) {
      expect(compare(a, b)).toMatchObject({ unmatchedWords: 0, unmatchedInitials: 0, extraWords: 0 });
    }
  });

  it('counts a given name with nothing like it in the other, and an initial that starts none', () => {
    expect(compare('Neema Juma Mushi', 'Amani Juma Mushi')).toMatchObject({
      unmatchedWords: 1,
      extraWords: 0,
    });
    expect(compare('S. Hussein', 'John Hussein')).toMatchObject({ unmatchedWords: 0, unmatchedInitials: 1 });
  });

  it('tells a left-out middle name from a missing first name', () => {
    expect(compare('Rehema Mwita', 'Rehema Yusuf Mwita')).toMatchObject({
      extraWords: 1,
      firstNameMissing: false,
    });
    expect(compare('Elias Ally', 'Kassim Elias Ally')).toMatchObject({
      extraWords: 1,
      firstNameMissing: true,
    });
    expect(compare('J. Ally', 'Kassim Elias Ally')).toMatchObject({ unmatchedInitials: 1, extraWords: 1 });
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['J. Mushi Peter', 'K. Mushi John'],
      ['Elias Ally', 'Kassim Elias Ally'],
      ['Amina Said', 'Said Amina'],
    ] as const) {
      expect(compare(a, b)).toEqual(compare(b, a));
    }
  });

  it('counts the patients expected to share the agreeing names, from a census', () => {
    const patients = ['Mohamed Juma', 'Mohamed Kimaro', 'Rehema Juma', 'Asha Mushi'].map(named);
    const census = nameCensus(patients);
    // 4 patients × (2 Mohamed of 4) × (2 Juma of 4) = 1. An initial stands for any word it starts:
    // M is in 3 of the 4 (Mushi too), so M. Juma is expected 4 × 3/4 × 2/4 = 1.5 times.
    expect(compare('Mohamed Juma', 'Muhammad Juma', census).namesakes).toBe(1);
    expect(compare('M. Juma', 'Mohamed Juma', census).namesakes).toBe(1.5);
    expect(compare('Mohamed Juma', 'Mohamed Juma').namesakes).toBeUndefined();
  });
});

describe('isEstablishedName', () => {
  it('needs a few patients with the word, and a share of a large device', () => {
    const census = nameCensus(['Neema A', 'Neema B', 'Neema C', 'Nema D'].map(named));
    expect(isEstablishedName(census, 'neema')).toBe(true);
    expect(isEstablishedName(census, 'nema')).toBe(false);
    const large = nameCensus(
      Array.from({ length: 5000 }, (_, i) => named(i < 4 ? `Neema X${i}` : `Asha X${i}`)),
    );
    expect(isEstablishedName(large, 'neema')).toBe(false);
  });
});
