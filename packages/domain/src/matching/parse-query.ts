// Why: a query is compared with every patient, so whatever can be worked out from the typed text
// alone — folded words, their keys, how many typos each may have, the phone forms of its digits,
// the working memory of the scorer — is worked out once here and not 50,000 times in the loop.
import { foldCode, foldName } from './fold-name';
import { letterMask } from './letter-mask';
import { type PhoneQuery, phoneQueryOf } from './phone-digits';
import { phoneticKey } from './phonetic-key';
import { MAX_NAME_WORDS } from './search-entry';

/** Query words after this many are ignored: nobody types more of a name. */
export const MAX_QUERY_WORDS = 8;
/** Tokens an entry can have: its words and each pair of neighbouring words joined. */
export const MAX_ENTRY_TOKENS = 2 * MAX_NAME_WORDS - 1;

const ALL_DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
/** A code prefix shorter than this would list too many patients to be of use. */
const MIN_CODE_PREFIX = 3;

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
  /** letterMask of each name token, of its key and of its first letter. */
  readonly letters: readonly number[];
  readonly keyLetters: readonly number[];
  readonly firstLetters: readonly number[];
  /** The digits of the words that are only digits, joined: a phone number or part of an id. */
  readonly digits: string;
  readonly phone: PhoneQuery;
  /**
   * The whole query folded by foldCode, matched against hospital numbers and national ids; ''
   * when it has no digit, as every hospital number and national id has, so that a name typed is
   * not compared with every patient's ids.
   */
  readonly code: string;
  /** Whether `code` may match as a prefix: 3 characters or more. */
  readonly codePrefix: boolean;
  readonly scratch: QueryScratch;
}

const typosFor = (token: string): number => (token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0);

/** Splits typed text into name words and digits and prepares both for scoreEntry. */
export const parseQuery = (text: string): SearchQuery => {
  const words = foldName(text);
  const nameTokens = words
    .filter((word) => !ALL_DIGITS.test(word))
    .slice(0, MAX_QUERY_WORDS)
    .sort((a, b) => b.length - a.length);
  const digits = words.filter((word) => ALL_DIGITS.test(word)).join('');
  const folded = foldCode(text);
  const code = HAS_DIGIT.test(folded) ? folded : '';
  const longest = nameTokens[0]?.length ?? 0;
  const keys = nameTokens.map(phoneticKey);
  return {
    nameTokens,
    keys,
    typos: nameTokens.map(typosFor),
    letters: nameTokens.map((token) => letterMask([token])),
    keyLetters: keys.map((key) => letterMask([key])),
    firstLetters: nameTokens.map((token) => letterMask([token.slice(0, 1)])),
    digits,
    phone: phoneQueryOf(digits),
    code,
    codePrefix: code.length >= MIN_CODE_PREFIX,
    scratch: {
      matches: new Int32Array(Math.max(1, nameTokens.length) * MAX_ENTRY_TOKENS),
      rows: new Int32Array(3 * (longest + 1)),
      memo: new Float64Array(Math.max(1, nameTokens.length) << MAX_NAME_WORDS),
      stamps: new Int32Array(Math.max(1, nameTokens.length) << MAX_NAME_WORDS),
      generation: 0,
    },
  };
};
