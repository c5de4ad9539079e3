// Why: most of 50,000 patients share no name with a query, and finding that out by comparing
// strings costs a trip to each patient's words in memory. A 32-bit set of the letters a name
// contains, kept in the entry itself, rules most of them out with one AND: a word within d edits
// of a token lacks at most d of the word's letters from it, so a name missing more cannot match.

/** Bit of a letter a–z; all other characters (digits, other scripts) share bit 26. */
const bitOf = (code: number): number => (code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 26);

/** The set of characters in the given folded strings, as bits. */
export const letterMask = (texts: readonly string[]): number => {
  let mask = 0;
  for (const text of texts) for (let i = 0; i < text.length; i++) mask |= bitOf(text.charCodeAt(i));
  return mask;
};

/** How many characters of `wanted` are missing from `present` (both letter masks). */
export const missingLetters = (wanted: number, present: number): number => {
  let count = 0;
  for (let rest = wanted & ~present; rest !== 0; rest &= rest - 1) count++;
  return count;
};
