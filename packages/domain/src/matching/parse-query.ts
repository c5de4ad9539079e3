// Why: a query is compared with every patient, so whatever can be worked out from the typed text
// alone — folded words, their keys and bit sets, how many typos each may have, the forms of its
// digits, the working memory of the scorer — is worked out once here, not 50,000 times in the loop.
import { foldCode, foldName } from './fold-name';
import { type PhoneQuery, phoneQueryOf } from './phone-digits';
import { phoneticKey } from './phonetic-key';
import { MAX_NAME_WORDS } from './search-entry';
import { digitPairsOf, type WordSignature, wordSignature } from './signature';

/** Query words after this many are ignored: nobody types more of a name. */
export const MAX_QUERY_WORDS = 8;
/** Tokens an entry can have: its words and each pair of neighbouring words joined. */
export const MAX_ENTRY_TOKENS = 2 * MAX_NAME_WORDS - 1;

const ALL_DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
/** A code prefix shorter than this would list too many patients to be of use. */
const MIN_CODE_PREFIX = 3;
/** Fewer digits than this are not looked for inside hospital numbers and national ids. */
const MIN_CODE_DIGITS = 4;

/**
 * Working memory for scoreEntry, owned by one query so that scoring allocates nothing and no module
 * holds state: the query-word × entry-token match scores, the rows of the edit distance, and a memo
 * of the best assignment of words to tokens, valid where its stamp equals the current generation.
 */
export interface QueryScratch {
  readonly matches: Int32Array;
  readonly rows: Int32Array;
  readonly memo: Float64Array;
  readonly stamps: Int32Array;
  generation: number;
}

export interface SearchQuery {
  /** Folded name words, longest first (the most selective is tried first; order never matters). */
  readonly nameTokens: readonly string[];
  /** phoneticKey of each name token. */
  readonly keys: readonly string[];
  /** Edits forgiven in each name token: none under 4 letters, 1 from 4, 2 from 8. */
  readonly typos: readonly number[];
  /** The bit sets each name token needs of a name to possibly match it. */
  readonly signatures: readonly WordSignature[];
  /** The digits of the words that are only digits, joined: a phone number or part of an id. */
  readonly digits: string;
  readonly phone: PhoneQuery;
  /** The last nine digits followed by ";", to find a phone ending with them in phoneText; or ''. */
  readonly phoneEnd: string;
  /** `digits` when long enough to look for inside hospital numbers and national ids; or ''. */
  readonly codeDigits: string;
  /**
   * The whole query folded by foldCode, matched against hospital numbers and national ids; ''
   * when it has no digit, as hospital numbers and national ids have, so a name is not compared
   * with every patient's ids.
   */
  readonly code: string;
  /** ";" + code + ";", found in codeText when the query is a whole id. */
  readonly codeWhole: string;
  /** ";" + code when code is 3 characters or more, found in codeText when it starts an id; or ''. */
  readonly codeStart: string;
  /**
   * Pairs of neighbouring digits (signature digitPairsOf) that a patient's phones must have for
   * the digits to match a phone: those of the last nine digits and of every piece, any of which
   * may be the one found. Meaningless when there are no such digits (phone.pieces is empty).
   */
  readonly phonePairs: number;
  /** Likewise for hospital numbers and national ids: the pairs of `code` and of `codeDigits`. */
  readonly codePairs: number;
  readonly scratch: QueryScratch;
}

const typosFor = (token: string): number => (token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0);

/** The digit pairs common to all the texts: any one of them found brings its own pairs. */
const commonDigitPairs = (texts: readonly string[]): number =>
  texts.reduce((pairs, text) => (text === '' ? pairs : pairs & digitPairsOf(text)), -1);

/** Splits typed text into name words and digits and prepares both for scoreEntry. */
export const parseQuery = (text: string): SearchQuery => {
  const words = foldName(text);
  const nameTokens = words
    .filter((word) => !ALL_DIGITS.test(word))
    .slice(0, MAX_QUERY_WORDS)
    .sort((a, b) => b.length - a.length);
  const keys = nameTokens.map(phoneticKey);
  const typos = nameTokens.map(typosFor);
  const digits = words.filter((word) => ALL_DIGITS.test(word)).join('');
  const phone = phoneQueryOf(digits);
  const codeDigits = digits.length >= MIN_CODE_DIGITS ? digits : '';
  const folded = foldCode(text);
  const code = HAS_DIGIT.test(folded) ? folded : '';
  const wordSlots = Math.max(1, nameTokens.length);
  return {
    nameTokens,
    keys,
    typos,
    signatures: nameTokens.map((token, i) => wordSignature(token, keys[i] ?? '', typos[i] ?? 0)),
    digits,
    phone,
    phoneEnd: phone.last9 === '' ? '' : `${phone.last9};`,
    codeDigits,
    code,
    codeWhole: code === '' ? '' : `;${code};`,
    codeStart: code.length >= MIN_CODE_PREFIX ? `;${code}` : '',
    phonePairs: commonDigitPairs([phone.last9, ...phone.pieces]),
    codePairs: commonDigitPairs([code, codeDigits]),
    scratch: {
      matches: new Int32Array(wordSlots * MAX_ENTRY_TOKENS),
      rows: new Int32Array(3 * ((nameTokens[0]?.length ?? 0) + 1)),
      memo: new Float64Array(wordSlots << MAX_NAME_WORDS),
      stamps: new Int32Array(wordSlots << MAX_NAME_WORDS),
      generation: 0,
    },
  };
};
