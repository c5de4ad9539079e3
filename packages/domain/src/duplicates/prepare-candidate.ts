// Why: a duplicate search scores each patient against many others, so folding names, computing
// phonetic keys and cutting phones to their subscriber digits is done once per patient, not per pair.
import { foldCode, foldName } from '../matching/fold-name';
import { digitsOf } from '../matching/phone-digits';
import { phoneticKey } from '../matching/phonetic-key';
import type { DuplicateCandidate } from './types';

/** Digits that identify a Tanzanian number without its +255 or 0 prefix (as in phone-digits). */
const SUBSCRIBER_DIGITS = 9;
/** Fewer digits than this are a fragment, not a number worth comparing. */
const MIN_PHONE_DIGITS = 7;
/** Long names are cut as nameSimilarity cuts them, so blocking and scoring see the same words. */
const MAX_WORDS = 8;
/** A Tanzanian national id (NIDA) is 20 digits, the first 8 the holder's date of birth, YYYYMMDD. */
const NATIONAL_ID = /^(\d{4})(\d{2})(\d{2})\d{12}$/;

/**
 * The year of birth a national id states, when it has the NIDA form and a real date: exact, where
 * the birth year typed at registration is often a guess from a stated age.
 */
export const birthYearOfNationalId = (foldedId: string): number | undefined => {
  const parts = NATIONAL_ID.exec(foldedId);
  if (parts === null) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31 ? year : undefined;
};

export interface PreparedCandidate {
  readonly patient: DuplicateCandidate;
  /** Folded name words, in order. */
  readonly words: readonly string[];
  /** phoneticKey of each word ('' for initials). */
  readonly keys: readonly string[];
  /** The folded words joined by spaces: what nameSimilarity is given. */
  readonly name: string;
  /** Last nine digits of each phone (or all of them when shorter), unique. */
  readonly phones: readonly string[];
  readonly nationalId: string;
  readonly hospitalNumber: string;
  readonly gender: string;
  /** The national id's year of birth when it states one, else the year registered. */
  readonly birthYear: number | undefined;
  /** Whether birthYear was read from the national id. */
  readonly birthYearFromId: boolean;
}

export const prepareCandidate = (patient: DuplicateCandidate): PreparedCandidate => {
  const words = foldName(patient.fullName).slice(0, MAX_WORDS);
  const phones = new Set<string>();
  for (const phone of patient.phones ?? []) {
    const digits = digitsOf(phone.number ?? '');
    if (digits.length >= MIN_PHONE_DIGITS) phones.add(digits.slice(-SUBSCRIBER_DIGITS));
  }
  const nationalId = foldCode(patient.nationalId ?? '');
  const idYear = birthYearOfNationalId(nationalId);
  const registeredYear = Number.isFinite(patient.birthYear) ? patient.birthYear : undefined;
  return {
    patient,
    words,
    keys: words.map((word) => (word.length > 1 ? phoneticKey(word) : '')),
    name: words.join(' '),
    phones: [...phones],
    nationalId,
    hospitalNumber: foldCode(patient.hospitalNumber ?? ''),
    gender: (patient.gender ?? '').trim().toLowerCase(),
    birthYear: idYear ?? registeredYear,
    birthYearFromId: idYear !== undefined,
  };
};
