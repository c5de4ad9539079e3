// Why: the coordinator's "possible duplicates" list. It must run offline on what a device holds,
// so it scores only pairs that share a blocking key, never offers a pair someone has already
// dismissed, and ignores records that have been merged away (their episodes live elsewhere now).
import { blockingKeys } from './blocking-keys';
import { nameCensus } from './name-census';
import { type PreparedCandidate, prepareCandidate } from './prepare-candidate';
import { logOddsOf, scorePrepared } from './score-pair';
import type { DuplicateCandidate, DuplicatePair } from './types';

/**
 * Chosen on the training seed of the labelled registrations (duplicates.labelled.test.ts): a pair
 * that is one in four likely to be one person is worth a coordinator's look.
 */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.25;

/**
 * A block bigger than this is a name so common (or a phone so shared, like a clinic's own number)
 * that it says nothing by itself; its members still meet through their other keys.
 */
export const MAX_BLOCK_SIZE = 400;

export interface FindDuplicatesOptions {
  /** Pairs scoring below this are left out; default DEFAULT_DUPLICATE_THRESHOLD. */
  readonly threshold?: number;
}

const isDismissed = (a: DuplicateCandidate, b: DuplicateCandidate): boolean =>
  (a.notDuplicateOf?.includes(b.id) ?? false) || (b.notDuplicateOf?.includes(a.id) ?? false);

/** Pairs of patients likely to be one person, highest score first (then by ids, for stable output). */
export const findDuplicates = (
  patients: readonly DuplicateCandidate[],
  options: FindDuplicatesOptions = {},
): DuplicatePair[] => {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  // Scores are rounded to 3 places, so the floor sits a hair below the threshold's log-odds.
  const floor = logOddsOf(threshold) - 0.01;
  const live: PreparedCandidate[] = [];
  for (const patient of patients) {
    if (patient.mergedInto === undefined || patient.mergedInto === '') live.push(prepareCandidate(patient));
  }

  const census = nameCensus(live);
  const blocks = new Map<string, number[]>();
  live.forEach((candidate, index) => {
    for (const key of blockingKeys(candidate)) {
      const members = blocks.get(key);
      if (members === undefined) blocks.set(key, [index]);
      else members.push(index);
    }
  });

  // The blocks each record is in (those small enough to say something), so that each record can
  // meet the records after it once however many blocks they share: metBy[j] === i marks a meeting.
  const blocksOf: (readonly number[])[][] = live.map(() => []);
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK_SIZE) continue;
    for (const index of members) blocksOf[index]?.push(members);
  }
  const metBy = new Int32Array(live.length).fill(-1);
  const pairs: DuplicatePair[] = [];
  live.forEach((a, i) => {
    for (const members of blocksOf[i] ?? []) {
      for (const j of members) {
        if (j <= i || metBy[j] === i) continue;
        metBy[j] = i;
        const b = live[j];
        if (b === undefined || a.patient.id === b.patient.id || isDismissed(a.patient, b.patient)) continue;
        const scored = scorePrepared(a, b, floor, census);
        if (scored === undefined || scored.score < threshold) continue;
        const { score, reasons } = scored;
        const [first, second] = a.patient.id < b.patient.id ? [a, b] : [b, a];
        pairs.push({ a: first.patient.id, b: second.patient.id, score, reasons });
      }
    }
  });
  return pairs.sort(
    (x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
  );
};
