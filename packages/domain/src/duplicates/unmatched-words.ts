// Why: nameSimilarity averages over words, so twins "Neema Juma Mushi" and "Amani Juma Mushi" still
// look two-thirds alike. A given name that nothing in the other record resembles is evidence of a
// different person, which an average hides; this counts such words so the scorer can weigh them.
import { editDistance } from '../matching/edit-distance';

/** Whether two folded words could be one name written twice (the tests nameSimilarity uses). */
const wordsAgree = (a: string, b: string, keyA: string, keyB: string): boolean => {
  if (a === b) return true;
  // An initial agrees with any word it starts: "J. Mwakyusa" may be Juma or John.
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (keyA !== '' && keyA === keyB) return true;
  const longer = Math.max(a.length, b.length);
  const allowed = Math.floor(longer / 3);
  if (editDistance(a, b, allowed) <= allowed) return true;
  // Abdul / Abdulrahman, or a name split differently; not Juma / Jumanne, which are two names.
  return Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
};

/**
 * How many full words (not initials) of the shorter name find no word of the longer one to agree
 * with, each longer word agreeing with at most one.
 * A missing middle name costs nothing (the shorter name is all matched); a different given name
 * or surname counts one.
 */
export const unmatchedWords = (
  wordsA: readonly string[],
  keysA: readonly string[],
  wordsB: readonly string[],
  keysB: readonly string[],
): number => {
  const aShorter = wordsA.length <= wordsB.length;
  const [shortWords, shortKeys, longWords, longKeys] = aShorter
    ? [wordsA, keysA, wordsB, keysB]
    : [wordsB, keysB, wordsA, keysA];
  // Each word of the longer name may vouch for one word only (Amosi must not borrow Hamisi when
  // Hamisi is already Hamisi's match): a maximum one-to-one matching by augmenting paths.
  const matchOf: (number | undefined)[] = longWords.map(() => undefined);
  const agrees = (i: number, j: number): boolean =>
    wordsAgree(shortWords[i] ?? '', longWords[j] ?? '', shortKeys[i] ?? '', longKeys[j] ?? '');
  const assign = (i: number, visited: boolean[]): boolean => {
    for (let j = 0; j < longWords.length; j++) {
      if (visited[j] || !agrees(i, j)) continue;
      visited[j] = true;
      const holder = matchOf[j];
      if (holder === undefined || assign(holder, visited)) {
        matchOf[j] = i;
        return true;
      }
    }
    return false;
  };
  let count = 0;
  for (let i = 0; i < shortWords.length; i++) {
    if ((shortWords[i] ?? '').length <= 1) continue;
    if (
      !assign(
        i,
        longWords.map(() => false),
      )
    )
      count++;
  }
  return count;
};
