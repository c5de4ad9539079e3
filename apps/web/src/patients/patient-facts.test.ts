import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { patientFacts } from './patient-facts';

const NOW = new Date(2026, 5, 15, 12);

describe('patientFacts', () => {
  it('lists what tells two patients apart, leaving out what is not known', () => {
    const t = testTranslate('en');
    expect(
      patientFacts(
        t,
        {
          gender: 'female',
          birthYear: 1984,
          hospitalNumber: 'K/1',
          phones: [{ comment: 'x' }, { number: '0754' }],
        },
        'en',
        'Kibosho',
        NOW,
      ),
    ).toEqual(['Female', 'about 42 years old (born 1984)', 'Kibosho', 'Hosp. no. K/1', 'Tel. 0754']);
    expect(patientFacts(t, {}, 'en', undefined, NOW)).toEqual([]);
    expect(patientFacts(t, undefined, 'en', 'Kibosho', NOW)).toEqual(['Kibosho']);
  });
});
