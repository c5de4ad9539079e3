// Why: most of 50,000 patients share nothing with a query, and finding that out by comparing
// strings means a trip through memory to each patient's words. A few 30-bit sets kept in the entry
// itself — which letters start its words, which letters and letter pairs it has, how long its words
// are — rule most patients out with a handful of ANDs, and they never rule out a real match: a word
// that matches exactly or as a prefix starts like a word of the name and has its letter pairs; one
// within d typos (first letter kept) lacks at most d of its letters and is within d of its length;
// one matching by key starts like a key of the name and has its key's letter pairs.

/** Bit of a character: a–z get bits 0–25, anything else (digits, other scripts) bit 26. */
export const charBit = (code: number): number => (code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 26);

/** Bit of a pair of neighbouring characters, hashed into 30 bits. */
const pairBit = (first: number, second: number): number => 1 << ((first * 10 + second) % 30);

/** Bits of the lengths from..to, lengths of 29 and more sharing bit 29. */
const lengthBits = (from: number, to: number): number => {
  let bits = 0;
  for (let length = Math.max(0, from); length <= to; length++) bits |= 1 << Math.min(length, 29);
  return bits;
};

/** The set of characters in a string, as charBit bits. */
export const lettersOf = (text: string): number => {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= charBit(text.charCodeAt(i));
  return bits;
};

/** The set of neighbouring pairs in a string, as pairBit bits. */
export const pairsOf = (text: string): number => {
  let bits = 0;
  for (let i = 1; i < text.length; i++) bits |= pairBit(text.charCodeAt(i - 1), text.charCodeAt(i));
  return bits;
};

/** The set of pairs of neighbouring digits in a string (other characters break pairs). */
export const digitPairsOf = (text: string): number => {
  let bits = 0;
  for (let i = 1; i < text.length; i++) {
    const first = text.charCodeAt(i - 1);
    const second = text.charCodeAt(i);
    if (first >= 48 && first <= 57 && second >= 48 && second <= 57) bits |= pairBit(first, second);
  }
  return bits;
};

/** How many bits of `wanted` are missing from `present`. */
export const missingBits = (wanted: number, present: number): number => {
  let count = 0;
  for (let rest = wanted & ~present; rest !== 0; rest &= rest - 1) count++;
  return count;
};

/** What an entry's tokens contain, as bit sets. */
export interface NameSignature {
  /** First letters of the tokens. */
  readonly starts: number;
  /** Letters of the tokens. */
  readonly letters: number;
  /** Pairs of neighbouring letters in the tokens. */
  readonly pairs: number;
  /** Lengths of the tokens. */
  readonly lengths: number;
  /** First letters of the tokens' phonetic keys. */
  readonly keyStarts: number;
  /** Pairs of neighbouring letters in the keys. */
  readonly keyPairs: number;
  /** Letters written alone, as initials (the J of "J. Juma"). */
  readonly initials: number;
}

export const nameSignature = (tokens: readonly string[], keys: readonly string[]): NameSignature => {
  let starts = 0;
  let letters = 0;
  let pairs = 0;
  let lengths = 0;
  let keyStarts = 0;
  let keyPairs = 0;
  let initials = 0;
  for (const token of tokens) {
    starts |= token === '' ? 0 : charBit(token.charCodeAt(0));
    letters |= lettersOf(token);
    pairs |= pairsOf(token);
    lengths |= lengthBits(token.length, token.length);
    if (token.length === 1) initials |= charBit(token.charCodeAt(0));
  }
  for (const key of keys) {
    keyStarts |= key === '' ? 0 : charBit(key.charCodeAt(0));
    keyPairs |= pairsOf(key);
  }
  return { starts, letters, pairs, lengths, keyStarts, keyPairs, initials };
};

/** What a query word needs of an entry's NameSignature to possibly match, as bit sets. */
export interface WordSignature {
  readonly first: number;
  readonly letters: number;
  readonly pairs: number;
  /** The token lengths a typo match allows. */
  readonly lengthRange: number;
  readonly keyFirst: number;
  readonly keyPairs: number;
}

export const wordSignature = (word: string, key: string, typos: number): WordSignature => ({
  first: word === '' ? 0 : charBit(word.charCodeAt(0)),
  letters: lettersOf(word),
  pairs: pairsOf(word),
  lengthRange: lengthBits(word.length - typos, word.length + typos),
  keyFirst: key === '' ? 0 : charBit(key.charCodeAt(0)),
  keyPairs: pairsOf(key),
});

/**
 * Whether a word with signature `word` could match some token of a name with signature `name`
 * under scoreEntry's rules. False only when no token can match; true for few names.
 */
export const mayMatchWord = (word: WordSignature, typos: number, name: NameSignature): boolean => {
  if ((word.first & name.initials) !== 0) return true; // the name has this initial
  const sameStart = (word.first & name.starts) !== 0;
  if (sameStart && (word.pairs & ~name.pairs) === 0 && (word.letters & ~name.letters) === 0) return true;
  if (
    word.keyFirst !== 0 &&
    (word.keyFirst & name.keyStarts) !== 0 &&
    (word.keyPairs & ~name.keyPairs) === 0
  ) {
    return true;
  }
  return (
    typos > 0 &&
    sameStart &&
    (word.lengthRange & name.lengths) !== 0 &&
    missingBits(word.letters, name.letters) <= typos
  );
};
