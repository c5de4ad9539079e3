import { describe, expect, it } from 'vitest';
import { birthYearFromAge } from './birth-year';
import { HOSPITAL, NOW, OTHER_PATIENT } from './test-ids';
import { validateRecordData } from './validate-record-data';

const minimal = { fullName: 'Amina Juma', registeredHospitalId: HOSPITAL };
const check = (data: unknown, now = NOW) => validateRecordData('patient', data, { now });

function problemsOf(data: unknown, now = NOW) {
  const result = check(data, now);
  if (result.ok) throw new Error('expected the patient to be refused');
  return result.problems;
}

describe('patient data', () => {
  it('saves with only a name and the registering hospital', () => {
    expect(check(minimal)).toEqual({ ok: true, data: minimal });
  });

  it('saves a full record', () => {
    const full = {
      ...minimal,
      gender: 'female',
      birthYear: 1984,
      birthDate: '1984-03-09',
      nationalId: '19840309-12345-00001-23',
      hospitalNumber: 'KDH/2026/0042',
      phones: [
        { number: '0754 123 456', comment: 'mobile' },
        { number: '+255 713 000 111', comment: 'neighbour' },
      ],
      address: 'Kijiji cha Mkuyuni, karibu na shule',
      notes: 'Speaks Kisukuma; her son translates.',
      mergedInto: OTHER_PATIENT,
      notDuplicateOf: [OTHER_PATIENT],
    };
    expect(check(full)).toEqual({ ok: true, data: full });
  });

  it('requires the name and the registering hospital, in plain words', () => {
    expect(problemsOf({})).toEqual([
      { field: 'fullName', message: 'The full name is required.' },
      { field: 'registeredHospitalId', message: 'The registering hospital is required.' },
    ]);
  });

  it('treats a name of spaces as no name', () => {
    expect(problemsOf({ ...minimal, fullName: '   ' })).toEqual([
      { field: 'fullName', message: 'The full name is required.' },
    ]);
  });

  it('trims text and treats blank optional fields as absent', () => {
    const result = check({ ...minimal, fullName: ' Amina  Juma ', gender: '', nationalId: ' ', phones: [] });
    expect(result).toEqual({ ok: true, data: { ...minimal, fullName: 'Amina  Juma' } });
  });

  it('refuses unknown fields instead of dropping them, naming each', () => {
    expect(problemsOf({ ...minimal, fulName: 'Amina', phone: '0754' })).toEqual([
      { field: 'fulName', message: '"fulName" is not a field of a patient record; check its spelling.' },
      { field: 'phone', message: '"phone" is not a field of a patient record; check its spelling.' },
    ]);
  });

  it('refuses a value that is not one of the choices', () => {
    expect(problemsOf({ ...minimal, gender: 'F' })).toEqual([
      { field: 'gender', message: 'The gender "F" is not one of the choices (female, male, unknown).' },
    ]);
  });

  it('refuses a birth year before 1900 or in the future', () => {
    expect(problemsOf({ ...minimal, birthYear: 85 })[0]?.message).toBe(
      'The birth year 85 is before 1900; write all four digits.',
    );
    expect(problemsOf({ ...minimal, birthYear: 2031 })).toEqual([
      { field: 'birthYear', message: 'The birth year 2031 is in the future.' },
    ]);
  });

  it('accepts a newborn registered on New Year’s morning in East Africa, while UTC is still in the old year', () => {
    const newYearsMorning = new Date('2026-12-31T22:30:00Z');
    expect(check({ ...minimal, birthYear: 2027, birthDate: '2027-01-01' }, newYearsMorning).ok).toBe(true);
  });

  it('refuses a birth year that is not a whole number', () => {
    expect(problemsOf({ ...minimal, birthYear: 1984.5 })[0]?.message).toBe(
      'The birth year must be a whole number, not 1984.5.',
    );
    expect(problemsOf({ ...minimal, birthYear: '1984' })[0]?.message).toBe(
      'The birth year must be a number, not "1984".',
    );
  });

  it('refuses a birth date that is not a real day, in the future, or not in the birth year', () => {
    expect(problemsOf({ ...minimal, birthDate: '1984-02-30' })[0]?.message).toBe(
      'The birth date "1984-02-30" is not a date written as YYYY-MM-DD.',
    );
    expect(problemsOf({ ...minimal, birthDate: '2026-11-30' })[0]?.message).toBe(
      'The birth date 2026-11-30 is in the future.',
    );
    expect(problemsOf({ ...minimal, birthDate: '1899-12-31' })[0]?.message).toBe(
      'The birth date 1899-12-31 is before 1900.',
    );
    expect(problemsOf({ ...minimal, birthYear: 1985, birthDate: '1984-03-09' })).toEqual([
      { field: 'birthDate', message: 'The birth date 1984-03-09 does not match the birth year 1985.' },
    ]);
  });

  it('refuses more than two phones, and says where the others can go', () => {
    const phones = [{ number: '1' }, { number: '2' }, { number: '3' }];
    expect(problemsOf({ ...minimal, phones })).toEqual([
      { field: 'phones', message: 'At most 2 phone numbers can be recorded; write others in the notes.' },
    ]);
  });

  it('names the phone row that is wrong', () => {
    expect(problemsOf({ ...minimal, phones: [{ number: '1' }, { number: '2', kind: 'mobile' }] })).toEqual([
      { field: 'phones.1.kind', message: '"kind" is not a field of phone 2; check its spelling.' },
    ]);
    expect(problemsOf({ ...minimal, phones: [{ number: '1'.repeat(41) }] })).toEqual([
      { field: 'phones.0.number', message: 'The number of phone 1 is too long: at most 40 characters.' },
    ]);
  });

  it('refuses a hospital id that is not an id', () => {
    expect(problemsOf({ ...minimal, registeredHospitalId: 'Kibosho' })).toEqual([
      { field: 'registeredHospitalId', message: 'The registering hospital "Kibosho" is not a valid id.' },
    ]);
  });

  it('refuses data that is not an object', () => {
    expect(problemsOf('Amina')).toEqual([
      { field: '', message: 'The record must be a group of fields, not "Amina".' },
    ]);
  });
});

describe('birthYearFromAge', () => {
  it('subtracts the age from the current year', () => {
    expect(birthYearFromAge(42, NOW)).toBe(1984);
    expect(birthYearFromAge(0, NOW)).toBe(2026);
    expect(birthYearFromAge(2.5, NOW)).toBe(2024);
  });

  it('gives nothing for an age no one can have', () => {
    expect(birthYearFromAge(-1, NOW)).toBeUndefined();
    expect(birthYearFromAge(1984, NOW)).toBeUndefined();
    expect(birthYearFromAge(Number.NaN, NOW)).toBeUndefined();
  });
});
