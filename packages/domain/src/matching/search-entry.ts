// Why: a search over 50,000 patients on a phone must not fold, key or strip anything per keystroke.
// Everything a query is compared with is worked out once per patient, when the list is loaded or a
// record changes, and kept in a small flat entry the scorer only reads.
import { foldCode, foldName } from './fold-name';
import { letterMask } from './letter-mask';
import { digitsOf } from './phone-digits';
import { phoneticKey } from './phonetic-key';

/** Words after this many are not searched: no real name has more, and the scorer keeps bitmasks. */
export const MAX_NAME_WORDS = 10;

/** What search needs of a patient: its record id and the patient data's own field names. */
export interface PatientForSearch {
  readonly id: string;
  readonly fullName: string;
  readonly nationalId?: string | undefined;
  readonly hospitalNumber?: string | undefined;
  readonly phones?: readonly { readonly number?: string | undefined }[] | undefined;
}

export interface SearchEntry {
  readonly id: string;
  /** The folded words joined by single spaces: equal scores are listed in this order. */
  readonly sortKey: string;
  /** How many words the name has (at most MAX_NAME_WORDS). */
  readonly wordCount: number;
  /** The letters of the name (letterMask), to rule patients out before reading their words. */
  readonly letters: number;
  /** The letters of the phonetic keys of its tokens (letterMask). */
  readonly keyLetters: number;
  /** The letters written alone, as initials (the J of "J. Juma"), as a letterMask. */
  readonly initials: number;
  /**
   * The folded words, then each two neighbouring words written together, so a search for
   * "Abdulrahman" finds "Abdul Rahman" and "Abdul-Rahman".
   */
  readonly tokens: readonly string[];
  /** phoneticKey of each token. */
  readonly keys: readonly string[];
  /** The words each token stands for, as bits: word i is 1 << i, a joined pair 3 << i. */
  readonly covers: readonly number[];
  /** The digits of each phone number that has any. */
  readonly phones: readonly string[];
  /** Hospital number and national id folded by foldCode, for prefix search. */
  readonly codes: readonly string[];
  /** The digits of the hospital number and the national id, for digit search. */
  readonly codeDigits: readonly string[];
}

const nonEmpty = (values: readonly string[]): string[] => values.filter((value) => value !== '');

/** Precomputes everything a search compares with one patient. */
export const buildSearchEntry = (patient: PatientForSearch): SearchEntry => {
  const words = foldName(patient.fullName).slice(0, MAX_NAME_WORDS);
  const tokens = [...words];
  const covers = words.map((_, i) => 1 << i);
  for (let i = 0; i + 1 < words.length; i++) {
    tokens.push(`${words[i]}${words[i + 1]}`);
    covers.push(3 << i);
  }
  const keys = tokens.map(phoneticKey);
  const ids = [patient.hospitalNumber ?? '', patient.nationalId ?? ''];
  return {
    id: patient.id,
    sortKey: words.join(' '),
    wordCount: words.length,
    letters: letterMask(words),
    keyLetters: letterMask(keys),
    initials: letterMask(words.filter((word) => word.length === 1)),
    tokens,
    keys,
    covers,
    phones: nonEmpty((patient.phones ?? []).map((phone) => digitsOf(phone.number ?? ''))),
    codes: nonEmpty(ids.map(foldCode)),
    codeDigits: nonEmpty(ids.map(digitsOf)),
  };
};
