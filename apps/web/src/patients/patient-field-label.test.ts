import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { patientFieldLabel } from './patient-field-label';

describe('patientFieldLabel', () => {
  const en = testTranslate('en');
  const sw = testTranslate('sw');

  it('labels fields and phone rows in both languages', () => {
    expect(patientFieldLabel(en, 'birthYear')).toBe('Birth year');
    expect(patientFieldLabel(sw, 'birthYear')).toBe('Mwaka wa kuzaliwa');
    expect(patientFieldLabel(en, 'phones.1.number')).toBe('Phone 2: number');
    expect(patientFieldLabel(en, 'phones.0')).toBe('Phone 1');
  });

  it('shows an unknown field as its name', () => {
    expect(patientFieldLabel(en, 'favouriteColour')).toBe('favouriteColour');
    expect(patientFieldLabel(en, 'phones.0.kind')).toBe('phones.0.kind');
    expect(patientFieldLabel(en, 'fullName.x')).toBe('fullName.x');
  });
});
