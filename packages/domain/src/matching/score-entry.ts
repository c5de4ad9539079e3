// Why: one number per patient for one query lets the list put the likeliest patient first, and
// the tiers say what a clerk expects: the name as typed beats a spelling variant, which beats a
// word still being typed, which beats a typo. It runs 50,000 times per keystroke, so it reads only
// what buildSearchEntry and parseQuery prepared and writes only into the query's own scratch.
import { editDistanceWithin } from './edit-distance';
import { MAX_ENTRY_TOKENS, type QueryScratch, type SearchQuery } from './parse-query';
import { MAX_NAME_WORDS, type SearchEntry } from './search-entry';
import { mayMatchWord, type WordSignature } from './signature';

/** What each kind of match adds to a score; 0 is no match. */
export const MATCH_SCORES = {
  /** A query word equal to a word of the name (or to two neighbouring words written together). */
  exact: 100,
  /** Same phoneticKey: Mohammed for Mohamed, Hamisi for Khamis. */
  phonetic: 80,
  /** The start of a word: "Moh" while typing Mohamed. */
  prefix: 60,
  /** The start of a word's key, from 4 letters typed: "Muham" for Mohamed. */
  phoneticPrefix: 50,
  /**
   * One edit away (two for words of 8 letters or more) after the same first letter, from 4 letters
   * typed; 5 less for two. First letters are seldom mistyped, the phonetic key covers the ones that
   * vary in spelling (Kh/H, C/K, Z/S), and keeping them lets most patients be ruled out unread.
   */
  typo: 40,
  /** One letter, as in "J." or "J", for any word starting with it (and a name's initial for a word). */
  initial: 20,
  /** Up to this much more when the query's words account for all of the name's words. */
  wholeName: 10,
  /** The query's last nine digits end a phone number: the same number, however written. */
  phoneNumber: 250,
  /** At least four of the query's digits appear in a phone number. */
  phonePart: 120,
  /** The query, folded, is a hospital number or national id. */
  codeExact: 300,
  /** The query, folded, starts a hospital number or national id. */
  codePrefix: 150,
  /** At least four of the query's digits appear in a hospital number or national id. */
  codeDigits: 100,
} as const;

const NO_MATCH = -1;

/**
 * How well one query word matches one token of a name; 0 when it does not. `joinedAfter` is 0 for
 * a word of the name and, for two words written together, the length of the first: such a token
 * matches as a prefix only when the query word reaches past its first word (or "Ju" would count
 * "jumahamisi" as covering two words of Juma Hamisi), and never by the start of its key (or "Juma"
 * would find "J. Mushi", key jmx).
 */
const tokenScore = (
  word: string,
  wordKey: string,
  typos: number,
  token: string,
  tokenKey: string,
  joinedAfter: number,
  rows: Int32Array,
): number => {
  if (word.length === 1 || token.length === 1) {
    if (word === token) return MATCH_SCORES.exact;
    if (joinedAfter > 0) return 0;
    return word.charCodeAt(0) === token.charCodeAt(0) ? MATCH_SCORES.initial : 0;
  }
  if (token === word) return MATCH_SCORES.exact;
  if (tokenKey === wordKey && tokenKey !== '') return MATCH_SCORES.phonetic;
  const reachesPast = word.length > joinedAfter;
  if (reachesPast && token.startsWith(word)) return MATCH_SCORES.prefix;
  if (joinedAfter === 0 && word.length >= 4 && wordKey.length >= 2 && tokenKey.startsWith(wordKey)) {
    return MATCH_SCORES.phoneticPrefix;
  }
  if (
    typos > 0 &&
    token.charCodeAt(0) === word.charCodeAt(0) &&
    Math.abs(token.length - word.length) <= typos
  ) {
    const distance = editDistanceWithin(token, word, typos, rows);
    if (distance <= typos) return MATCH_SCORES.typo - 5 * (distance - 1);
  }
  return 0;
};

const wordsIn = (bits: number): number => {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
};

/**
 * The best total over ways of giving each query word from `word` on its own token, no two tokens
 * sharing a name word, plus the whole-name bonus; NO_MATCH when some word is left without one.
 * Memoised on (word, words used), so it stays small even for a name of many similar words.
 */
const bestAssignment = (
  entry: SearchEntry,
  wordCount: number,
  scratch: QueryScratch,
  word: number,
  used: number,
): number => {
  if (word === wordCount) return (MATCH_SCORES.wholeName * wordsIn(used)) / entry.wordCount;
  const slot = (word << MAX_NAME_WORDS) | used;
  if (scratch.stamps[slot] === scratch.generation) return scratch.memo[slot] ?? NO_MATCH;
  let best = NO_MATCH;
  const tokenCount = entry.tokens.length;
  for (let t = 0; t < tokenCount; t++) {
    const score = scratch.matches[word * MAX_ENTRY_TOKENS + t] ?? 0;
    const covers = entry.covers[t] ?? 0;
    if (score === 0 || (covers & used) !== 0) continue;
    const rest = bestAssignment(entry, wordCount, scratch, word + 1, used | covers);
    if (rest !== NO_MATCH && score + rest > best) best = score + rest;
  }
  scratch.stamps[slot] = scratch.generation;
  scratch.memo[slot] = best;
  return best;
};

/** Whether every query word could match some token of the name, judged from bit sets alone. */
const mayMatch = (entry: SearchEntry, query: SearchQuery): boolean => {
  const { signatures, typos } = query;
  for (let w = 0; w < signatures.length; w++) {
    if (!mayMatchWord(signatures[w] as WordSignature, typos[w] ?? 0, entry)) return false;
  }
  return true;
};

const nameScore = (entry: SearchEntry, query: SearchQuery): number => {
  if (!mayMatch(entry, query)) return NO_MATCH;
  const { nameTokens, keys, typos, scratch } = query;
  const tokenCount = entry.tokens.length;
  for (let w = 0; w < nameTokens.length; w++) {
    const word = nameTokens[w] ?? '';
    const wordKey = keys[w] ?? '';
    const wordTypos = typos[w] ?? 0;
    let any = false;
    for (let t = 0; t < tokenCount; t++) {
      const covers = entry.covers[t] ?? 0;
      // A single word covers one bit; a joined pair two, the lower being its first word.
      const joinedAfter =
        (covers & (covers - 1)) === 0 ? 0 : (entry.tokens[31 - Math.clz32(covers & -covers)]?.length ?? 0);
      const token = entry.tokens[t] ?? '';
      const score = tokenScore(
        word,
        wordKey,
        wordTypos,
        token,
        entry.keys[t] ?? '',
        joinedAfter,
        scratch.rows,
      );
      scratch.matches[w * MAX_ENTRY_TOKENS + t] = score;
      if (score !== 0) any = true;
    }
    // A patient the bit sets let through but no token matches costs one row, no assignment.
    if (!any) return NO_MATCH;
  }
  if (scratch.generation === 0x7fffffff) {
    scratch.stamps.fill(0);
    scratch.generation = 0;
  }
  scratch.generation++;
  return bestAssignment(entry, nameTokens.length, scratch, 0, 0);
};

/**
 * What the query's digits score against the patient's phones, or else hospital number and national
 * id; `phones` and `codes` say whether the digit pairs allow either, so most patients cost no read.
 */
const digitScore = (entry: SearchEntry, query: SearchQuery, phones: boolean, codes: boolean): number => {
  if (phones) {
    const { phoneText } = entry;
    if (query.phoneEnd !== '' && phoneText.includes(query.phoneEnd)) return MATCH_SCORES.phoneNumber;
    for (const piece of query.phone.pieces) if (phoneText.includes(piece)) return MATCH_SCORES.phonePart;
  }
  if (codes && query.codeDigits !== '' && entry.codeText.includes(query.codeDigits)) {
    return MATCH_SCORES.codeDigits;
  }
  return 0;
};

/** What the whole query scores as a hospital number or national id, or the start of one. */
const codeScore = (entry: SearchEntry, query: SearchQuery): number => {
  const { codeText } = entry;
  if (codeText.includes(query.codeWhole)) return MATCH_SCORES.codeExact;
  if (query.codeStart !== '' && codeText.includes(query.codeStart)) return MATCH_SCORES.codePrefix;
  return 0;
};

/**
 * How well a patient matches a query: 0 for no match, higher for better (see MATCH_SCORES).
 *
 * Every name word of the query must match its own word of the name, in any order ("Juma Hamisi"
 * finds "Hamisi Juma"), and the query's digits, if any, must match a phone, hospital number or
 * national id; the score is the sum. Separately, the whole query may be a hospital number or
 * national id, or the start of one; the better of the two ways counts.
 */
export const scoreEntry = (entry: SearchEntry, query: SearchQuery): number => {
  const codes = query.code !== '' && entry.codeText !== '' && (query.codePairs & ~entry.codePairs) === 0;
  const phones =
    query.phone.pieces.length > 0 && entry.phoneText !== '' && (query.phonePairs & ~entry.phonePairs) === 0;
  const byCode = codes ? codeScore(entry, query) : 0;
  const hasName = query.nameTokens.length > 0;
  const hasDigits = query.digits !== '';
  if (!hasName && !hasDigits) return byCode;
  const byDigits = hasDigits && (phones || codes) ? digitScore(entry, query, phones, codes) : 0;
  if (hasDigits && byDigits === 0) return byCode;
  const byName = hasName ? nameScore(entry, query) : 0;
  if (byName === NO_MATCH) return byCode;
  return Math.max(byCode, byName + byDigits);
};
