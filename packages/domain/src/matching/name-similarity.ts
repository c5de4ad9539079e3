// Why: deciding whether two records are one person needs a graded answer, not search's yes/no:
// "Mohamed Juma Hamisi" and "Muhammad Hamisi" are probably one man, "J. Hamisi" perhaps,
// "Peter Hamisi" probably not. The duplicate scorer weighs this number with birth year, sex,
// village and phone, so it must be symmetric, ignore word order and never reach 1 by accident.
import { editDistance } from './edit-distance';
import { foldName } from './fold-name';
import { phoneticKey } from './phonetic-key';

/** Words after this many are ignored, which keeps the assignment below small. */
const MAX_WORDS = 8;

/** How similar two words count when… */
const SIMILARITY = {
  /** …they share a phoneticKey (Mohamed, Muhammad). */
  phonetic: 0.85,
  /** …one is the other's initial (J, Juma). */
  initial: 0.5,
  /** …one starts the other, from 3 letters (Abdul, Abdulrahman). */
  prefix: 0.6,
  /** …the names differ only in how words are split (Abdul Rahman, Abdulrahman). */
  sameLetters: 0.95,
} as const;

interface Word {
  readonly text: string;
  readonly key: string;
}

/** Similarity of two folded words, 0..1: 1 only when equal. */
const wordSimilarity = (a: Word, b: Word): number => {
  if (a.text === b.text) return 1;
  if (a.text.length === 1 || b.text.length === 1) {
    return a.text.charCodeAt(0) === b.text.charCodeAt(0) ? SIMILARITY.initial : 0;
  }
  let best = a.key === b.key && a.key !== '' ? SIMILARITY.phonetic : 0;
  const longer = Math.max(a.text.length, b.text.length);
  const shorter = Math.min(a.text.length, b.text.length);
  // A third of the letters may be edited: Mohamed/Mohammed 0.88, Hamisi/Hamsi 0.83, Peter/Paulo 0.
  const allowed = Math.floor(longer / 3);
  const distance = editDistance(a.text, b.text, allowed);
  if (distance <= allowed) best = Math.max(best, 1 - distance / longer);
  if (shorter >= 3 && (a.text.startsWith(b.text) || b.text.startsWith(a.text))) {
    best = Math.max(best, SIMILARITY.prefix);
  }
  return best;
};

/**
 * The largest sum of word similarities pairing each word of the shorter name with a different
 * word of the longer (or with none): dynamic programming over which longer words are taken.
 */
const bestPairing = (shorter: readonly Word[], longer: readonly Word[]): number => {
  const similarities = shorter.map((word) => longer.map((other) => wordSimilarity(word, other)));
  let sums = new Float64Array(1 << longer.length).fill(-1);
  sums[0] = 0;
  for (const row of similarities) {
    const next = new Float64Array(sums.length).fill(-1);
    for (let taken = 0; taken < sums.length; taken++) {
      const sum = sums[taken] ?? -1;
      if (sum < 0) continue;
      if (sum > (next[taken] ?? -1)) next[taken] = sum; // this word pairs with none
      for (let j = 0; j < longer.length; j++) {
        const similarity = row[j] ?? 0;
        if ((taken & (1 << j)) !== 0 || similarity === 0) continue;
        const withJ = taken | (1 << j);
        if (sum + similarity > (next[withJ] ?? -1)) next[withJ] = sum + similarity;
      }
    }
    sums = next;
  }
  return Math.max(0, ...sums);
};

const wordsOf = (name: string): Word[] =>
  foldName(name)
    .slice(0, MAX_WORDS)
    .map((text) => ({ text, key: phoneticKey(text) }));

/**
 * How alike two full names are, from 0 (nothing in common, or a name is empty) to 1 (the same
 * words in any order). Words are paired one to one for the best total: equal 1, same phoneticKey
 * 0.85, a few typos up to 1 − edits/length, a prefix of 3 letters or more 0.6, an initial 0.5. The
 * total is averaged over the shorter name and, half-weighted, over both names, so a missing middle
 * name costs a little ("Amina Juma" / "Amina Juma Hamisi" = 0.9) and a different one more.
 */
export const nameSimilarity = (a: string, b: string): number => {
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const total = bestPairing(shorter, longer);
  const similarity = (total / shorter.length + (2 * total) / (shorter.length + longer.length)) / 2;
  const lettersA = wordsA.map((word) => word.text).join('');
  const lettersB = wordsB.map((word) => word.text).join('');
  const result =
    lettersA === lettersB && similarity < 1 ? Math.max(similarity, SIMILARITY.sameLetters) : similarity;
  // Rounded so that summing the same pairs in another order cannot make (a, b) and (b, a) differ.
  return Math.round(result * 1e9) / 1e9;
};
