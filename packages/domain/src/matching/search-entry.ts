// Why: a search over 50,000 patients on a phone must not fold, key or strip anything per keystroke.
// Everything a query is compared with is worked out once per patient, when the list is loaded or a
// record changes, and kept in one small entry: bit sets the scorer checks first, without leaving
// the entry, then the words and keys it reads only for the few patients those sets let through.
import { foldCode, foldName } from './fold-name';
import { digitsOf } from './phone-digits';
import { phoneticKey } from './phonetic-key';
import { digitPairsOf, type NameSignature, nameSignature } from './signature';

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

/** A patient prepared for search; the bit sets of NameSignature describe `tokens` and `keys`. */
export interface SearchEntry extends NameSignature {
  readonly id: string;
  /** The folded words joined by single spaces: equal scores are listed in this order. */
  readonly sortKey: string;
  /** How many words the name has (at most MAX_NAME_WORDS). */
  readonly wordCount: number;
  /**
   * The folded words, then each two neighbouring words written together, so a search for
   * "Abdulrahman" finds "Abdul Rahman" and "Abdul-Rahman".
   */
  readonly tokens: readonly string[];
  /** phoneticKey of each token. */
  readonly keys: readonly string[];
  /** The words each token stands for, as bits: word i is 1 << i, a joined pair 3 << i. */
  readonly covers: readonly number[];
  /** The digits of each phone number, each followed by ";": "0754123456;". */
  readonly phoneText: string;
  /**
   * Hospital number and national id, each as ";" + foldCode + ";" + its digits + ";", so that one
   * string answers exact (";kdh20260042;"), prefix (";kdh2026") and digit ("0042") questions.
   */
  readonly codeText: string;
  /** The pairs of neighbouring digits in phoneText and in codeText (signature digitPairsOf). */
  readonly phonePairs: number;
  readonly codePairs: number;
}

/**
 * The phonetic key of each token already seen, with the token's first copy. Names repeat a great
 * deal (a clinic has hundreds of Juma and Amina), so a list built with one cache keys each distinct
 * token once and shares one copy of its strings, which also keeps them close in memory.
 */
export type SearchEntryCache = Map<string, { readonly token: string; readonly key: string }>;

/** Precomputes everything a search compares with one patient; see SearchEntryCache for `cache`. */
export const buildSearchEntry = (patient: PatientForSearch, cache?: SearchEntryCache): SearchEntry => {
  const words = foldName(patient.fullName).slice(0, MAX_NAME_WORDS);
  const tokens = [...words];
  const covers = words.map((_, i) => 1 << i);
  for (let i = 0; i + 1 < words.length; i++) {
    tokens.push(`${words[i]}${words[i + 1]}`);
    covers.push(3 << i);
  }
  const keys: string[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    let known = cache?.get(token);
    if (known === undefined) {
      known = { token, key: phoneticKey(token) };
      cache?.set(token, known);
    }
    tokens[t] = known.token;
    keys.push(known.key);
  }
  const signature = nameSignature(tokens, keys);
  let phoneText = '';
  for (const phone of patient.phones ?? []) {
    const digits = digitsOf(phone.number ?? '');
    if (digits !== '') phoneText += `${digits};`;
  }
  let codeText = '';
  for (const id of [patient.hospitalNumber, patient.nationalId]) {
    const code = foldCode(id ?? '');
    if (code !== '') codeText += `;${code};${digitsOf(code)};`;
  }
  return {
    id: patient.id,
    sortKey: tokens.slice(0, words.length).join(' '),
    wordCount: words.length,
    starts: signature.starts,
    letters: signature.letters,
    pairs: signature.pairs,
    lengths: signature.lengths,
    keyStarts: signature.keyStarts,
    keyPairs: signature.keyPairs,
    initials: signature.initials,
    phonePairs: digitPairsOf(phoneText),
    codePairs: digitPairsOf(codeText),
    tokens,
    keys,
    covers,
    phoneText,
    codeText,
  };
};

/**
 * Search entries for a list of patients, in the same order, sharing one SearchEntryCache. The
 * entries are copied once more at the end so that they are allocated one after another, without
 * the working strings of the build between them: a search reads every entry, and reading them in
 * memory order takes about half the time.
 */
export const buildSearchEntries = (patients: readonly PatientForSearch[]): SearchEntry[] => {
  const cache: SearchEntryCache = new Map();
  const built = patients.map((patient) => buildSearchEntry(patient, cache));
  return built.map((entry) => ({ ...entry }));
};
