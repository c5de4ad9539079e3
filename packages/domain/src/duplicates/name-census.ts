// Why: two records both called "Mohamed Juma" say little — a clinic has many — while two called
// "Winfrida Mwasomola" say a lot. A reviewer knows which names are common where they work; the
// scorer learns it by counting the words of the patients it compares, once per comparison run.
import type { PreparedCandidate } from './prepare-candidate';

/** How often each name word occurs among the patients compared together. */
export interface NameCensus {
  /** How many patients were counted. */
  readonly patients: number;
  /** Patients with a word of this phonetic key: Mohamed and Muhammad count as one name. */
  readonly bySound: ReadonlyMap<string, number>;
  /** Patients with this word as written (folded). */
  readonly byWord: ReadonlyMap<string, number>;
  /** Patients with a word (or initial) starting with this letter: what an initial narrows to. */
  readonly byInitial: ReadonlyMap<string, number>;
}

/** A word without a phonetic key (an initial) is counted under its letters. */
export const soundOf = (word: string, key: string): string => key || word;

const countOnce = (counts: Map<string, number>, items: Iterable<string>): void => {
  for (const item of new Set(items)) counts.set(item, (counts.get(item) ?? 0) + 1);
};

export const nameCensus = (candidates: readonly PreparedCandidate[]): NameCensus => {
  const bySound = new Map<string, number>();
  const byWord = new Map<string, number>();
  const byInitial = new Map<string, number>();
  for (const { words, keys } of candidates) {
    countOnce(
      bySound,
      words.map((word, i) => soundOf(word, keys[i] ?? '')),
    );
    countOnce(byWord, words);
    countOnce(
      byInitial,
      words.map((word) => word.slice(0, 1)),
    );
  }
  return { patients: candidates.length, bySound, byWord, byInitial };
};

/** Fewer patients than this with a word, and it may be one clerk's typo rather than a name. */
const MIN_NAME_PATIENTS = 3;
/** …or fewer than this share of the patients, on a device holding thousands. */
const MIN_NAME_SHARE = 0.001;

/**
 * Whether a word is a name in its own right here: written by enough patients that it is not one
 * clerk's slip. Neema and Rehema are two such names, however few letters tell them apart.
 */
export const isEstablishedName = (census: NameCensus, word: string): boolean =>
  (census.byWord.get(word) ?? 0) >= Math.max(MIN_NAME_PATIENTS, census.patients * MIN_NAME_SHARE);
