import { validateRecordData } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import {
  birthYearOfAge,
  emptyPatientForm,
  type PatientFormValues,
  parseAge,
  patientDataFromForm,
  patientFormValues,
  prefillFromSearch,
} from './patient-form-values';

const NOW = new Date('2026-06-15T09:00:00Z');
const HOSPITAL = '01890000-0000-7000-8000-000000000001';
const OTHER = '01890000-0000-7000-8000-000000000002';

const form = (values: Partial<PatientFormValues>): PatientFormValues => ({
  ...emptyPatientForm(HOSPITAL),
  ...values,
});

describe('patient form → record data', () => {
  it('needs only a name and a hospital; blanks are left out', () => {
    const result = patientDataFromForm(form({ fullName: '  Amina Juma ', address: '   ' }), NOW);
    expect(result).toEqual({
      data: { fullName: 'Amina Juma', registeredHospitalId: HOSPITAL },
      impossibleAge: false,
    });
    expect(validateRecordData('patient', result.data, { now: NOW }).ok).toBe(true);
  });

  it('turns an age into a birth year', () => {
    const { data } = patientDataFromForm(form({ fullName: 'A', birthMode: 'age', age: '42' }), NOW);
    expect(data.birthYear).toBe(1984);
    expect(patientDataFromForm(form({ birthMode: 'age', age: '2,5' }), NOW).data.birthYear).toBe(2024);
  });

  it('ignores the age box while a birth year is chosen, and the year box while an age is', () => {
    expect(patientDataFromForm(form({ birthYear: '1990', age: '10' }), NOW).data.birthYear).toBe(1990);
    expect(
      patientDataFromForm(form({ birthMode: 'age', birthYear: '1990', age: '10' }), NOW).data.birthYear,
    ).toBe(2016);
  });

  it('flags an age no one can have instead of inventing a year', () => {
    for (const age of ['200', '-3', 'forty']) {
      const result = patientDataFromForm(form({ birthMode: 'age', age }), NOW);
      expect(result.impossibleAge).toBe(true);
      expect(result.data.birthYear).toBeUndefined();
    }
  });

  it('passes a birth year that is not a number on as text, for the domain to refuse in words', () => {
    const { data } = patientDataFromForm(form({ fullName: 'A', birthYear: '19a4' }), NOW);
    expect(data.birthYear).toBe('19a4');
    const checked = validateRecordData('patient', data, { now: NOW });
    expect(checked.ok).toBe(false);
  });

  it('takes the birth year from a full birth date when no year was typed', () => {
    const { data } = patientDataFromForm(form({ birthDate: '1984-03-09' }), NOW);
    expect(data).toMatchObject({ birthYear: 1984, birthDate: '1984-03-09' });
  });

  it('keeps phones with a number or a comment, trimmed, and drops empty rows', () => {
    const { data } = patientDataFromForm(
      form({
        phones: [
          { number: '', comment: '' },
          { number: ' 0754 123 456 ', comment: ' neighbour ' },
        ],
      }),
      NOW,
    );
    expect(data.phones).toEqual([{ number: '0754 123 456', comment: 'neighbour' }]);
    const none = patientDataFromForm(form({}), NOW);
    expect(none.data.phones).toBeUndefined();
  });

  it('keeps the fields of the stored record the form does not show, and drops cleared ones', () => {
    const base = {
      fullName: 'Old',
      notes: 'old notes',
      mergedInto: OTHER,
      notDuplicateOf: [OTHER],
      registeredHospitalId: HOSPITAL,
    };
    const { data } = patientDataFromForm(form({ fullName: 'New' }), NOW, base);
    expect(data).toEqual({
      fullName: 'New',
      registeredHospitalId: HOSPITAL,
      mergedInto: OTHER,
      notDuplicateOf: [OTHER],
    });
  });

  it('survives a draft from an older form with missing parts', () => {
    const partial = { fullName: 'Neema', registeredHospitalId: HOSPITAL } as unknown as PatientFormValues;
    expect(patientDataFromForm(partial, NOW).data).toEqual({
      fullName: 'Neema',
      registeredHospitalId: HOSPITAL,
    });
  });
});

describe('record data → patient form', () => {
  it('fills every field and always offers two phone rows', () => {
    const values = patientFormValues({
      fullName: 'Amina Juma',
      gender: 'female',
      birthYear: 1984,
      phones: [{ number: '0754', comment: 'mobile' }],
      registeredHospitalId: HOSPITAL,
    });
    expect(values).toMatchObject({
      fullName: 'Amina Juma',
      gender: 'female',
      birthMode: 'year',
      birthYear: '1984',
      phones: [
        { number: '0754', comment: 'mobile' },
        { number: '', comment: '' },
      ],
      registeredHospitalId: HOSPITAL,
    });
  });

  it('round-trips: a stored patient saved from its form unchanged is the same data', () => {
    const stored = {
      fullName: 'Juma Ali',
      gender: 'male' as const,
      birthYear: 1970,
      birthDate: '1970-05-01',
      nationalId: '19700501-1',
      hospitalNumber: 'KDH/1',
      phones: [{ number: '0713', comment: 'son' }, { number: '0784' }],
      address: 'Mkuyuni',
      registeredHospitalId: HOSPITAL,
      notes: 'Deaf in one ear',
      mergedInto: OTHER,
    };
    expect(patientDataFromForm(patientFormValues(stored), NOW, stored).data).toEqual(stored);
  });
});

describe('age helpers', () => {
  it('reads ages as typed', () => {
    expect(parseAge('')).toBeUndefined();
    expect(parseAge(' 7 ')).toBe(7);
    expect(parseAge('1,5')).toBe(1.5);
    expect(parseAge('x')).toBeNaN();
    expect(birthYearOfAge('42', NOW)).toBe(1984);
    expect(birthYearOfAge('500', NOW)).toBeUndefined();
  });
});

describe('prefill from the search box', () => {
  it('puts words into the name, a phone number into the first phone, a long number into the national id', () => {
    expect(prefillFromSearch('  Amina ')).toEqual({ fullName: 'Amina' });
    expect(prefillFromSearch('0754 123 456').phones?.[0]).toEqual({ number: '0754 123 456', comment: '' });
    expect(prefillFromSearch('0754 123 456').phones).toHaveLength(2);
    expect(prefillFromSearch('19840309-12345-00001-23')).toEqual({ nationalId: '19840309-12345-00001-23' });
    expect(prefillFromSearch('  ')).toEqual({});
    expect(prefillFromSearch('--')).toEqual({});
  });
});
