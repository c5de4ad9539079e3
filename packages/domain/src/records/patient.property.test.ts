import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENDERS } from '../lists/gender';
import { NOW } from './test-ids';
import { validateRecordData } from './validate-record-data';

// Never refuse to record a patient: any values a person could type into the form must save,
// and what is saved must save again unchanged (a stored version re-validated on the server).

const id = fc.uuid().map((uuid) => uuid.toLowerCase());
const typed = (maxLength: number) =>
  fc.string({ unit: 'grapheme', maxLength }).filter((text) => text.trim().length > 0);

const birth = fc.integer({ min: 1900, max: 2026 }).chain((year) =>
  fc.record(
    {
      birthYear: fc.constant(year),
      birthDate: fc
        .date({
          min: new Date(Date.UTC(year, 0, 1)),
          max: new Date(Date.UTC(year, 10, 22)),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10)),
    },
    { requiredKeys: [] },
  ),
);

const patient = fc
  .tuple(
    fc.record(
      {
        fullName: typed(100),
        registeredHospitalId: id,
        gender: fc.constantFrom(...GENDERS),
        nationalId: typed(30),
        hospitalNumber: typed(30),
        phones: fc.array(fc.record({ number: typed(20), comment: typed(30) }, { requiredKeys: [] }), {
          maxLength: 2,
        }),
        address: typed(200),
        notes: typed(300),
        mergedInto: id,
        notDuplicateOf: fc.array(id, { maxLength: 5 }),
      },
      { requiredKeys: ['fullName', 'registeredHospitalId'] },
    ),
    birth,
  )
  .map(([fields, dates]) => ({ ...fields, ...dates }));

const validate = (data: unknown) => validateRecordData('patient', data, { now: NOW });

describe('patient property', () => {
  it('any patient built from valid field values saves, and saving it again gives the same data', () => {
    fc.assert(
      fc.property(patient, (data) => {
        const first = validate(data);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(validate(first.data)).toStrictEqual(first);
        expect(JSON.parse(JSON.stringify(first.data))).toStrictEqual(first.data);
      }),
    );
  });

  it('blank optional fields change nothing', () => {
    const blanks = fc.record(
      {
        gender: fc.constantFrom('', ' '),
        address: fc.constant('\t'),
        phones: fc.constant([]),
        notes: fc.constant(null),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(patient, blanks, (data, blank) => {
        const plain = validate(data);
        const withBlanks = validate({
          ...data,
          ...Object.fromEntries(Object.entries(blank).filter(([key]) => !(key in data))),
        });
        expect(withBlanks).toStrictEqual(plain);
      }),
    );
  });
});
