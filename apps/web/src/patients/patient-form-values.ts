import { birthYearFromAge, digitsOf, MAX_PHONES, type PatientData } from '@registry/domain';

/** Whether the person gives a birth year or an age (many patients know only one of them). */
export type BirthMode = 'year' | 'age';

export interface PhoneValues {
  number: string;
  comment: string;
}

/**
 * What the patient form holds. Numbers stay text as typed, so that a half-typed value survives in a
 * draft and a wrong one reaches the domain's check (which words the refusal) instead of vanishing.
 */
export interface PatientFormValues {
  fullName: string;
  /** A code of GENDERS; undefined or '' when not answered (ChoiceButtons clears to undefined). */
  gender?: string;
  birthMode: BirthMode;
  birthYear: string;
  age: string;
  birthDate: string;
  nationalId: string;
  hospitalNumber: string;
  phones: PhoneValues[];
  address: string;
  registeredHospitalId: string;
  notes: string;
}

/** The patient fields the form edits; any other field of a stored record is kept as it was. */
const FORM_FIELDS = [
  'fullName',
  'gender',
  'birthYear',
  'birthDate',
  'nationalId',
  'hospitalNumber',
  'phones',
  'address',
  'registeredHospitalId',
  'notes',
] as const;

const emptyPhones = (): PhoneValues[] =>
  Array.from({ length: MAX_PHONES }, () => ({ number: '', comment: '' }));

export function emptyPatientForm(registeredHospitalId = ''): PatientFormValues {
  return {
    fullName: '',
    birthMode: 'year',
    birthYear: '',
    age: '',
    birthDate: '',
    nationalId: '',
    hospitalNumber: '',
    phones: emptyPhones(),
    address: '',
    registeredHospitalId,
    notes: '',
  };
}

/** The form filled from a stored patient, for editing. */
export function patientFormValues(data: Partial<PatientData>): PatientFormValues {
  const phones = emptyPhones().map((empty, i) => {
    const phone = data.phones?.[i];
    return phone ? { number: phone.number ?? '', comment: phone.comment ?? '' } : empty;
  });
  return {
    ...emptyPatientForm(data.registeredHospitalId ?? ''),
    fullName: data.fullName ?? '',
    ...(data.gender ? { gender: data.gender } : {}),
    birthYear: data.birthYear === undefined ? '' : String(data.birthYear),
    birthDate: data.birthDate ?? '',
    nationalId: data.nationalId ?? '',
    hospitalNumber: data.hospitalNumber ?? '',
    phones,
    address: data.address ?? '',
    notes: data.notes ?? '',
  };
}

export interface PatientFormResult {
  /** The record's data for writer.check: blanks left out, numbers as numbers where they are numbers. */
  data: Record<string, unknown>;
  /** An age was given that no one can have, so no birth year could be derived from it. */
  impossibleAge: boolean;
}

const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A whole number as a number; anything else typed is passed on as text, for the domain to refuse in words. */
function numberOrText(value: unknown): number | string | undefined {
  const text = trimmed(value);
  if (text === '') return undefined;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** An age in years as typed ("42", "2.5" or "2,5" for a toddler); NaN when it is not a number. */
export function parseAge(value: unknown): number | undefined {
  const text = trimmed(value).replace(',', '.');
  if (text === '') return undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** The birth year the age box stands for, or undefined while it is empty or impossible. */
export function birthYearOfAge(age: unknown, now: Date): number | undefined {
  const years = parseAge(age);
  return years === undefined ? undefined : birthYearFromAge(years, now);
}

/**
 * The record data the form stands for. `base` is the stored data being edited: fields the form does not
 * show (mergedInto, notDuplicateOf, any added later) are kept, so an edit never drops them.
 */
export function patientDataFromForm(
  values: PatientFormValues,
  now: Date,
  base: Readonly<Record<string, unknown>> = {},
): PatientFormResult {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    if (!(FORM_FIELDS as readonly string[]).includes(key)) data[key] = value;
  }
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== '') data[key] = value;
  };
  put('fullName', trimmed(values.fullName));
  put('gender', trimmed(values.gender));

  let impossibleAge = false;
  const birthDate = trimmed(values.birthDate);
  if (values.birthMode === 'age') {
    const age = parseAge(values.age);
    const year = age === undefined ? undefined : birthYearFromAge(age, now);
    impossibleAge = age !== undefined && year === undefined;
    put('birthYear', year);
  } else {
    put('birthYear', numberOrText(values.birthYear));
  }
  // A full birth date alone still gives the year the reports need.
  if (data.birthYear === undefined && /^\d{4}-/.test(birthDate))
    put('birthYear', Number(birthDate.slice(0, 4)));
  put('birthDate', birthDate);

  put('nationalId', trimmed(values.nationalId));
  put('hospitalNumber', trimmed(values.hospitalNumber));
  const phones = (values.phones ?? [])
    .map((p) => {
      const phone: Record<string, string> = {};
      if (trimmed(p?.number)) phone.number = trimmed(p.number);
      if (trimmed(p?.comment)) phone.comment = trimmed(p.comment);
      return phone;
    })
    .filter((p) => Object.keys(p).length > 0);
  if (phones.length > 0) data.phones = phones;
  put('address', trimmed(values.address));
  put('registeredHospitalId', trimmed(values.registeredHospitalId));
  put('notes', trimmed(values.notes));
  return { data, impossibleAge };
}

/** Digits of a national id (NIDA has 20); fewer are taken for a phone number. */
const LONGEST_PHONE_DIGITS = 13;

/**
 * What the search box already holds, put where it belongs on the new-patient form: words into the
 * name, a number into the first phone, or a long number into the national id.
 */
export function prefillFromSearch(text: string): Partial<PatientFormValues> {
  const typed = text.trim();
  if (typed === '') return {};
  if (/\p{L}/u.test(typed)) return { fullName: typed };
  const digits = digitsOf(typed).length;
  if (digits === 0) return {};
  if (digits > LONGEST_PHONE_DIGITS) return { nationalId: typed };
  const [, ...others] = emptyPhones();
  return { phones: [{ number: typed, comment: '' }, ...others] };
}
