// Why: nameSimilarity averages over words, so twins "Neema Juma Mushi" and "Amani Juma Mushi" still
// look two-thirds alike, and "Kassim Elias Ally" contains all of his father "Elias Ally". A reviewer
// reads names word by word: which words agree, which have nothing like them in the other record,
// which record has a name the other lacks — and how common the agreeing names are. This pairs the
// words one to one and reports exactly that, for the scorer to weigh.
import { editDistanceWithin } from '../matching/edit-distance';
import { isEstablishedName, type NameCensus, soundOf } from './name-census';
import type { PreparedCandidate } from './prepare-candidate';

export interface NameAgreement {
  /** Full words of the shorter name that agree with no word of the other (Neema / Amani). */
  readonly unmatchedWords: number;
  /** Initials of the shorter name that start no word of the other (S. / John). */
  readonly unmatchedInitials: number;
  /** Full words of the longer name left over once the shorter is paired: a middle name in one only. */
  readonly extraWords: number;
  /**
   * The shorter name agrees entirely with the longer name's later words, but not its first one:
   * "Elias Ally" / "Kassim Elias Ally". Clerks drop a middle name, not a given name; a son's name is
   * often his own given name followed by his father's.
   */
  readonly firstNameMissing: boolean;
  /**
   * How many of the patients counted in the census would bear the agreeing words by chance
   * (patients × the share of each agreeing word); undefined without a census.
   */
  readonly namesakes: number | undefined;
}

const isInitial = (word: string): boolean => word.length === 1;

/** Rows for the edit distance, reused: a duplicate search compares hundreds of thousands of words. */
let rows = new Int32Array(64);

const editDistanceAtMost = (a: string, b: string, max: number): boolean => {
  if (rows.length < 3 * (b.length + 1)) rows = new Int32Array(3 * (b.length + 1));
  return editDistanceWithin(a, b, max, rows) <= max;
};

/** Whether two folded words could be one name written twice (the tests nameSimilarity uses). */
const wordsAgree = (a: string, b: string, keyA: string, keyB: string, census?: NameCensus): boolean => {
  if (a === b) return true;
  // An initial agrees with any word it starts: "J. Mwakyusa" may be Juma or John.
  if (isInitial(a) || isInitial(b)) return a[0] === b[0];
  if (keyA !== '' && keyA === keyB) return true;
  // Two names each written by many patients are two names, not a typo of one (Neema, Rehema).
  if (census !== undefined && isEstablishedName(census, a) && isEstablishedName(census, b)) return false;
  const longer = Math.max(a.length, b.length);
  const allowed = Math.floor(longer / 3);
  if (editDistanceAtMost(a, b, allowed)) return true;
  // Abdul / Abdulrahman, or a name split differently; not Juma / Jumanne, which are two names.
  return Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
};

const initialsIn = (words: readonly string[]): number => words.filter(isInitial).length;

/**
 * Which record's words are paired against the other's: the one with fewer words, then the one with
 * more initials, then the first by its words — a choice that depends on the pair, not on argument
 * order, so that the comparison is symmetric.
 */
const shorterFirst = (a: PreparedCandidate, b: PreparedCandidate): boolean => {
  if (a.words.length !== b.words.length) return a.words.length < b.words.length;
  const initialsA = initialsIn(a.words);
  const initialsB = initialsIn(b.words);
  if (initialsA !== initialsB) return initialsA > initialsB;
  return a.name <= b.name;
};

/** The share of patients whose names hold what a pair of agreeing words holds in common. */
const shareOf = (
  census: NameCensus,
  short: string,
  shortKey: string,
  long: string,
  longKey: string,
): number => {
  const patients =
    isInitial(short) || isInitial(long)
      ? (census.byInitial.get(short[0] ?? '') ?? 1)
      : Math.max(
          census.bySound.get(soundOf(short, shortKey)) ?? 1,
          census.bySound.get(soundOf(long, longKey)) ?? 1,
        );
  return patients / Math.max(1, census.patients);
};

interface Pairing {
  /** For each word of the longer name, the index of the shorter name's word it pairs with. */
  readonly matchOf: readonly (number | undefined)[];
  readonly unmatchedWords: number;
  readonly unmatchedInitials: number;
}

/**
 * Pairs the words one to one, as many as agree. Each word of the longer name may vouch for one
 * word only (Amosi must not borrow Hamisi when Hamisi is already Hamisi's match): a maximum
 * matching by augmenting paths. Full words are paired first, so that an initial never takes the
 * word a full name needed.
 */
const pairWords = (short: PreparedCandidate, long: PreparedCandidate, census?: NameCensus): Pairing => {
  const matchOf: (number | undefined)[] = long.words.map(() => undefined);
  const agrees = (i: number, j: number): boolean =>
    wordsAgree(short.words[i] ?? '', long.words[j] ?? '', short.keys[i] ?? '', long.keys[j] ?? '', census);
  const assign = (i: number, visited: boolean[]): boolean => {
    for (let j = 0; j < long.words.length; j++) {
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
  let unmatchedWords = 0;
  let unmatchedInitials = 0;
  for (const initials of [false, true]) {
    short.words.forEach((word, i) => {
      if (isInitial(word) !== initials) return;
      const visited = long.words.map(() => false);
      if (assign(i, visited)) return;
      if (initials) unmatchedInitials++;
      else unmatchedWords++;
    });
  }
  return { matchOf, unmatchedWords, unmatchedInitials };
};

export const compareNames = (
  a: PreparedCandidate,
  b: PreparedCandidate,
  census?: NameCensus,
): NameAgreement => {
  const [short, long] = shorterFirst(a, b) ? [a, b] : [b, a];
  const { matchOf, unmatchedWords, unmatchedInitials } = pairWords(short, long, census);
  let leftOver = 0;
  let namesakes = census?.patients;
  long.words.forEach((word, j) => {
    const i = matchOf[j];
    if (i === undefined) {
      // A name written twice (Mohamed Mohamed Laizer) is often written once: not another name.
      const repeated = short.words.some(
        (other, k) => other === word || (!isInitial(other) && short.keys[k] === long.keys[j]),
      );
      if (!isInitial(word) && !repeated) leftOver++;
    } else if (census !== undefined && namesakes !== undefined) {
      namesakes *= shareOf(census, short.words[i] ?? '', short.keys[i] ?? '', word, long.keys[j] ?? '');
    }
  });
  const unmatched = unmatchedWords + unmatchedInitials;
  return {
    unmatchedWords,
    unmatchedInitials,
    // A left-over word facing an unmatched word of the shorter name is a disagreement, not extra.
    extraWords: Math.max(0, leftOver - unmatched),
    firstNameMissing:
      long.words.length > short.words.length &&
      unmatched === 0 &&
      matchOf[0] === undefined &&
      !isInitial(long.words[0] ?? ''),
    namesakes,
  };
};
