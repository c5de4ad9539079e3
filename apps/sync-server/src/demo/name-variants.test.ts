import { describe, expect, it } from 'vitest';
import { nameVariant, respell } from './name-variants';
import { fullNameOf, type PersonName } from './person-name';
import { createRandom } from './random';

describe('name variants', () => {
  const random = createRandom('variants');

  it('respells known names by their usual transliterations', () => {
    expect(['Mohammed', 'Muhammad', 'Mohamedi']).toContain(respell(random, 'Mohamed'));
    expect(respell(random, 'Massawe')).toBe('Masawe');
    expect(respell(random, 'MASSAWE')).toBe('MASAWE');
  });

  it('always writes the name differently from the first registration', () => {
    const names: PersonName[] = [
      { given: 'Said', surname: 'Said', capitals: false },
      { given: 'Juma', father: 'Hamisi', surname: 'Masanja', capitals: false },
      { given: 'Neema', surname: 'Qamara', capitals: true },
    ];
    for (const name of names) {
      for (let i = 0; i < 50; i++) {
        const variant = nameVariant(random, name).name;
        expect(fullNameOf(variant).toLowerCase()).not.toBe(fullNameOf(name).toLowerCase());
      }
    }
  });
});
