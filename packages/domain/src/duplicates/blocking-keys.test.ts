import { describe, expect, it } from 'vitest';
import { blockingKeys } from './blocking-keys';
import { prepareCandidate } from './prepare-candidate';

const keysOf = (fullName: string): string[] =>
  blockingKeys(prepareCandidate({ id: fullName, fullName, registeredHospitalId: 'h1' }));
const meet = (a: string, b: string): boolean => keysOf(a).some((key) => keysOf(b).includes(key));

describe('blockingKeys', () => {
  it('lets one person written many ways meet', () => {
    expect(meet('Juma Mwakyusa', 'Mwakyusa Juma')).toBe(true);
    expect(meet('Juma Mwakyusa', 'J. Mwakyusa')).toBe(true);
    expect(meet('Mohamed Hamisi', 'Muhammad Khamis')).toBe(true);
    expect(meet('Fatuma Kimaro', 'Fatuma Kmiaro')).toBe(true);
    // A typo on one side (Hamii) and another spelling on the other (Khamis).
    expect(meet('Winfrida Hamii', 'Winfrida Khamis')).toBe(true);
  });

  it('keeps people with nothing in common apart', () => {
    expect(meet('Juma Mwakyusa', 'Rehema Kimaro')).toBe(false);
    expect(meet('Omar Kimaro', 'Amina Swai')).toBe(false);
  });
});
