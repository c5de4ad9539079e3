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
}

export const prepareCandidate = (patient: DuplicateCandidate): PreparedCandidate => {
  const words = foldName(patient.fullName).slice(0, MAX_WORDS);
  const phones = new Set<string>();
  for (const phone of patient.phones ?? []) {
    const digits = digitsOf(phone.number ?? '');
    if (digits.length >= MIN_PHONE_DIGITS) phones.add(digits.slice(-SUBSCRIBER_DIGITS));
  }
  return {
    patient,
    words,
    keys: words.map((word) => (word.length > 1 ? phoneticKey(word) : '')),
    name: words.join(' '),
    phones: [...phones],
    nationalId: foldCode(patient.nationalId ?? ''),
    hospitalNumber: foldCode(patient.hospitalNumber ?? ''),
    gender: (patient.gender ?? '').trim().toLowerCase(),
  };
};
