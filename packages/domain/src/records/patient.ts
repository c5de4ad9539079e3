import { z } from 'zod';
import { GENDERS } from '../lists/gender';
import { EARLIEST_BIRTH_YEAR } from './birth-year';
import { codeOf, idList, isoDate, longText, recordId, text, wholeNumber } from './fields';
import { normalizeRecordInput } from './normalize-input';

export const MAX_PHONES = 2;

/** Free text: numbers are written many ways, and a neighbour's number is as useful as one's own. */
export const phoneSchema = z.strictObject({
  number: text(40).optional(),
  comment: text(100).optional(),
});
export type Phone = z.output<typeof phoneSchema>;

const patientObject = z
  .strictObject({
    fullName: text(200),
    gender: codeOf(GENDERS).optional(),
    birthYear: wholeNumber
      .min(EARLIEST_BIRTH_YEAR, {
        error: (issue) =>
          `The birth year ${issue.input} is before ${EARLIEST_BIRTH_YEAR}; write all four digits.`,
      })
      .optional(),
    birthDate: isoDate.optional(),
    nationalId: text(64).optional(),
    hospitalNumber: text(64).optional(),
    phones: z
      .array(phoneSchema)
      .max(MAX_PHONES, `At most ${MAX_PHONES} phone numbers can be recorded; write others in the notes.`)
      .optional(),
    address: text(500).optional(),
    registeredHospitalId: recordId,
    notes: longText.optional(),
    /** Set by a coordinator's merge; absent means this record stands on its own. */
    mergedInto: recordId.optional(),
    /** Patients a coordinator dismissed as "not the same person", so they stop being suggested. */
    notDuplicateOf: idList(500).optional(),
  })
  .superRefine((patient, context) => {
    const { birthDate, birthYear } = patient;
    if (birthDate && birthYear !== undefined && Number(birthDate.slice(0, 4)) !== birthYear) {
      context.addIssue({
        code: 'custom',
        path: ['birthDate'],
        input: birthDate,
        message: `The birth date ${birthDate} does not match the birth year ${birthYear}.`,
      });
    }
  });

/** The `data` of a patient version. Blank fields are removed, not refused (see normalize-input). */
export const patientDataSchema = z.preprocess(normalizeRecordInput, patientObject);
export type PatientData = z.output<typeof patientDataSchema>;
