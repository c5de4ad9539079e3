// Why: names are typed on phones by many hands — "Ng’wanza", "NGWANZA", "Abdul-Rahman", "J.K." —
// and every comparison in matching must first agree on one plain form. Folding once, the same way
// everywhere, is what lets a search and the duplicate scorer compare tokens with plain `===`.

/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

const COMBINING_MARKS = /\p{M}/gu;
const UNDECOMPOSED = /[ßæœøđðłıþ]/g;
/** Apostrophes join what they separate: Ng'wanza is one word, ngwanza. */
const APOSTROPHES = /['’‘ʼʻ`´′]/g;
/** Anything else that is not a letter or a digit (spaces, hyphens, dots, slashes) separates words. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;
/** Text that folding would only lower-case: ASCII letters and digits between single spaces. */
const PLAIN = /^ ?(?:[A-Za-z0-9]+ )*[A-Za-z0-9]*$/;

/** Lower case without diacritics or apostrophes; other punctuation is left for the caller. */
const plainLetters = (text: string): string =>
  text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
    .replace(APOSTROPHES, '');

/**
 * The words of a name in one plain form: lower case, no diacritics, apostrophes removed
 * ("Ng'wanza" → ngwanza), hyphens, dots and other punctuation splitting words
 * ("Abdul-Rahman" → abdul rahman, "J.K." → j k). Letters of other scripts and digits are kept.
 */
export const foldName = (text: string): string[] => {
  // Most names are plain ASCII words; they skip the Unicode work (a search index folds 50,000).
  const words = (PLAIN.test(text) ? text.toLowerCase() : plainLetters(text).replace(SEPARATORS, ' ')).trim();
  return words === '' ? [] : words.split(' ');
};

/**
 * An identifier (hospital number, national id) in one plain form for prefix matching: lower case,
 * letters and digits only, so "KDH/2026/0042", "kdh 2026 0042" and "kdh-2026-0042" are the same.
 */
export const foldCode = (text: string): string =>
  PRINTABLE_ASCII.test(text)
    ? text.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, '')
    : plainLetters(text).replace(NOT_LETTER_OR_DIGIT, '');
