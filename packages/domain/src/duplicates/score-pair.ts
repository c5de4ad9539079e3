// Why: a coordinator cannot read every pair of 10,000 records, so each pair gets one number to sort
// by and the reasons behind it. Evidence is added as weights (log-odds, in the manner of
// Fellegi–Sunter record linkage) so that evidence against — another sex, birth years twenty apart,
// two different national ids — can outweigh a matching name: namesakes, twins who share a phone,
// and a father and son of one name are different people however alike their names are.
import { nameSimilarity } from '../matching/name-similarity';
import { type PreparedCandidate, prepareCandidate } from './prepare-candidate';
import type { DuplicateCandidate, DuplicateReason, PairScore } from './types';
import { unmatchedWords } from './unmatched-words';

/** The weights, tuned on the labelled registrations in duplicates.labelled.test.ts. */
export const DUPLICATE_WEIGHTS = {
  /** Where the score starts: two records chosen at random are almost never one person. */
  prior: -6.3,
  /** Name weight = slope × (similarity − nameNeutral): an initial and a surname (0.75) helps a little. */
  nameSlope: 10,
  nameNeutral: 0.5,
  /** Per word of the shorter name that nothing in the other name resembles. */
  unmatchedWord: -3,
  sameNationalId: 7,
  differentNationalId: -7,
  /** One number at one hospital is one record-keeping identity. */
  sameHospitalNumber: 5,
  /** Birth year difference 0, 1, 2 (ages are often guessed), then 3, then 4+ and 10+. */
  birthYear: [1.3, 1.2, 0.8, 0] as readonly number[],
  birthYearFar: -3,
  birthYearVeryFar: -8,
  sameGender: 0.5,
  differentGender: -5,
  /** A family shares one phone, so it is evidence but not proof. */
  samePhone: 2.5,
  differentPhones: -0.3,
  sameHospital: 1.2,
} as const;

/** Differences up to this are "close" (DOMAIN.md: within two years). */
const CLOSE_YEARS = 2;
/** From this, a generation apart: a parent and child named alike. */
const VERY_FAR_YEARS = 10;
/** Names less alike than this are reported as different rather than similar. */
const SIMILAR_NAME = 0.6;

const round = (value: number): number => Math.round(value * 1000) / 1000;

const sharesAny = (a: readonly string[], b: readonly string[]): boolean => a.some((item) => b.includes(item));

interface Evidence {
  readonly weight: number;
  readonly reason: DuplicateReason;
}

/**
 * Score two prepared records (findDuplicates prepares each patient once), or undefined as soon as
 * the log-odds are known to stay below `floor`; with the default floor it always scores.
 */
export const scorePrepared = (
  a: PreparedCandidate,
  b: PreparedCandidate,
  floor = Number.NEGATIVE_INFINITY,
): PairScore | undefined => {
  const w = DUPLICATE_WEIGHTS;
  const evidence: Evidence[] = [];

  if (a.nationalId !== '' && b.nationalId !== '') {
    evidence.push(
      a.nationalId === b.nationalId
        ? { weight: w.sameNationalId, reason: { code: 'sameNationalId' } }
        : { weight: w.differentNationalId, reason: { code: 'differentNationalId' } },
    );
  }
  const sameHospital = a.patient.registeredHospitalId === b.patient.registeredHospitalId;
  if (sameHospital && a.hospitalNumber !== '' && a.hospitalNumber === b.hospitalNumber) {
    evidence.push({ weight: w.sameHospitalNumber, reason: { code: 'sameHospitalNumber' } });
  }

  const yearA = a.patient.birthYear;
  const yearB = b.patient.birthYear;
  if (yearA !== undefined && yearB !== undefined && Number.isFinite(yearA) && Number.isFinite(yearB)) {
    const years = Math.abs(yearA - yearB);
    if (years <= CLOSE_YEARS) {
      evidence.push({ weight: w.birthYear[years] ?? 0, reason: { code: 'birthYearClose', years } });
    } else {
      const weight =
        years >= VERY_FAR_YEARS
          ? w.birthYearVeryFar
          : years > CLOSE_YEARS + 1
            ? w.birthYearFar
            : (w.birthYear[3] ?? 0);
      evidence.push({ weight, reason: { code: 'birthYearFar', years } });
    }
  }

  if (a.gender !== '' && b.gender !== '') {
    evidence.push(
      a.gender === b.gender
        ? { weight: w.sameGender, reason: { code: 'sameGender' } }
        : { weight: w.differentGender, reason: { code: 'differentGender' } },
    );
  }

  if (a.phones.length > 0 && b.phones.length > 0) {
    evidence.push(
      sharesAny(a.phones, b.phones)
        ? { weight: w.samePhone, reason: { code: 'samePhone' } }
        : { weight: w.differentPhones, reason: { code: 'differentPhones' } },
    );
  }
  if (sameHospital) evidence.push({ weight: w.sameHospital, reason: { code: 'sameHospital' } });

  // The name is the dearest evidence to weigh, so it comes last and is skipped when even a
  // perfect name could not lift the pair to the caller's floor (findDuplicates' threshold).
  let known = evidence.reduce((sum: number, item) => sum + item.weight, w.prior);
  const bestName = w.nameSlope * (1 - w.nameNeutral);
  if (known + bestName < floor) return undefined;
  const unmatched = unmatchedWords(a.words, a.keys, b.words, b.keys);
  if (unmatched > 0) {
    evidence.push({
      weight: w.unmatchedWord * unmatched,
      reason: { code: 'unmatchedNameWords', count: unmatched },
    });
    known += w.unmatchedWord * unmatched;
    if (known + bestName < floor) return undefined;
  }
  const similarity = nameSimilarity(a.name, b.name);
  const s = round(similarity);
  evidence.push({
    weight: w.nameSlope * (similarity - w.nameNeutral),
    reason:
      similarity >= SIMILAR_NAME
        ? { code: 'similarName', similarity: s }
        : { code: 'differentName', similarity: s },
  });

  const logOdds = evidence.reduce((sum: number, item) => sum + item.weight, w.prior);
  // Strongest evidence first, for or against, so a screen can show the top few.
  evidence.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return { score: round(1 / (1 + Math.exp(-logOdds))), reasons: evidence.map((item) => item.reason) };
};

/** How likely two patient records are one person (0..1), with the reasons why. Symmetric. */
export const scorePair = (a: DuplicateCandidate, b: DuplicateCandidate): PairScore =>
  scorePrepared(prepareCandidate(a), prepareCandidate(b)) ?? { score: 0, reasons: [] };

/** The log-odds a score corresponds to: findDuplicates turns its threshold into a floor. */
export const logOddsOf = (score: number): number =>
  score <= 0
    ? Number.NEGATIVE_INFINITY
    : score >= 1
      ? Number.POSITIVE_INFINITY
      : Math.log(score / (1 - score));
