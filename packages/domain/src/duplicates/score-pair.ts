// Why: a coordinator cannot read every pair of 10,000 records, so each pair gets one number to sort
// by and the reasons behind it. Evidence is added as weights (log-odds, in the manner of
// Fellegi–Sunter record linkage) so that evidence against — another sex, birth years twenty apart,
// two different national ids, a given name the other record lacks — can outweigh a matching name:
// namesakes, twins who share a phone, and a father and son of one name are different people
// however alike their names are.
import { nameSimilarity } from '../matching/name-similarity';
import { compareNames, type NameAgreement } from './name-agreement';
import type { NameCensus } from './name-census';
import { type PreparedCandidate, prepareCandidate } from './prepare-candidate';
import type { DuplicateCandidate, DuplicateReason, PairScore } from './types';

/**
 * The weights: a logistic regression over the reasons of every candidate pair (pairs that share a
 * blocking key) of the labelled registrations of the training seed only — 20261129, drawn with
 * 9,600 people so that the fit is steady — rounded. National id, hospital number, sex and initials,
 * which those registrations never or seldom contradict, and the slope of name similarity are set by
 * what they mean rather than fitted. Other seeds measure the result (duplicates.labelled.test.ts).
 */
export const DUPLICATE_WEIGHTS = {
  /** Where the score starts: two records that share a name word, a phone or an id by chance. */
  prior: -2.4,
  /** Name weight = slope × (similarity − nameNeutral): names less alike than that count against. */
  nameSlope: 3,
  nameNeutral: 0.6,
  /** Per word of the shorter name that nothing in the other name resembles. */
  unmatchedWord: -5.6,
  /** Per initial of the shorter name that starts no word of the other: S. is not John. */
  unmatchedInitial: -4,
  /** Per name written in one record only: often a middle name left out, sometimes a relative. */
  extraWord: -2.5,
  /** Clerks drop middle names, not given names: Elias Ally is rather Kassim Elias Ally's father. */
  firstNameMissing: -2.4,
  /** Weight per unit of log(expected namesakes): a common name is weak evidence, a rare one strong… */
  nameRarity: -0.4,
  /** …within these bounds, so that a name's rarity never outweighs a birth year or a phone. */
  nameRarityBound: 2.5,
  sameNationalId: 6,
  differentNationalId: -6,
  /** One number at one hospital is one record-keeping identity. */
  sameHospitalNumber: 4,
  /** Birth year difference 0, 1, 2, 3 (ages are often guessed). */
  birthYear: [2.8, 1.6, 1, 1] as readonly number[],
  /** 4 to 14 years apart: more than a guess is off by. */
  birthYearFar: -3.3,
  /** 15 years or more: a generation apart, such as a parent and a child named after them. */
  birthYearGeneration: -8,
  sameGender: 0.5,
  /** Sex is seldom mistyped, and a brother and sister may share a phone, a year and a name. */
  differentGender: -9,
  /** A family shares one phone, so it is evidence but not proof… */
  samePhone: 3.8,
  /** …and with disagreeing names it rather says "relatives": this replaces samePhone. */
  familyPhone: -2,
  differentPhones: -1.9,
  sameHospital: 2,
} as const;

/** Differences up to this are "close": an age stated and turned into a year is often a few off. */
const CLOSE_YEARS = 3;
/** From this, a generation apart. */
const GENERATION_YEARS = 15;
/** Evidence lighter than this (in log-odds) is left out. */
const NEGLIGIBLE = 0.2;
/** Names less alike than this are reported as different rather than similar. */
const SIMILAR_NAME = 0.6;

const round = (value: number): number => Math.round(value * 1000) / 1000;
const clamp = (value: number, bound: number): number => Math.max(-bound, Math.min(bound, value));

const sharesAny = (a: readonly string[], b: readonly string[]): boolean => a.some((item) => b.includes(item));

/** One reason with its weight in log-odds: positive for one person, negative for two. */
export interface Evidence {
  readonly weight: number;
  readonly reason: DuplicateReason;
}

const w = DUPLICATE_WEIGHTS;

/** National id, hospital number, birth year, sex and hospital: everything but the name and phone. */
const recordEvidence = (a: PreparedCandidate, b: PreparedCandidate): Evidence[] => {
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
  if (a.birthYear !== undefined && b.birthYear !== undefined) {
    const years = Math.abs(a.birthYear - b.birthYear);
    const source = a.birthYearFromId || b.birthYearFromId ? { fromNationalId: true as const } : {};
    const weight =
      years <= CLOSE_YEARS
        ? (w.birthYear[years] ?? 0)
        : years < GENERATION_YEARS
          ? w.birthYearFar
          : w.birthYearGeneration;
    const code = years <= CLOSE_YEARS ? 'birthYearClose' : 'birthYearFar';
    evidence.push({ weight, reason: { code, years, ...source } });
  }
  if (a.gender !== '' && b.gender !== '') {
    evidence.push(
      a.gender === b.gender
        ? { weight: w.sameGender, reason: { code: 'sameGender' } }
        : { weight: w.differentGender, reason: { code: 'differentGender' } },
    );
  }
  if (sameHospital) evidence.push({ weight: w.sameHospital, reason: { code: 'sameHospital' } });
  return evidence;
};

/** The name's evidence word by word: what disagrees, what one record lacks, how common it is. */
const wordEvidence = (names: NameAgreement): Evidence[] => {
  const evidence: Evidence[] = [];
  const counted = (
    count: number,
    weight: number,
    code: 'unmatchedNameWords' | 'unmatchedInitials' | 'extraNameWords',
  ) => {
    if (count > 0) evidence.push({ weight: weight * count, reason: { code, count } });
  };
  counted(names.unmatchedWords, w.unmatchedWord, 'unmatchedNameWords');
  counted(names.unmatchedInitials, w.unmatchedInitial, 'unmatchedInitials');
  counted(names.extraWords, w.extraWord, 'extraNameWords');
  if (names.firstNameMissing)
    evidence.push({ weight: w.firstNameMissing, reason: { code: 'firstNameMissing' } });
  if (names.namesakes !== undefined) {
    const patients = Number(names.namesakes.toPrecision(2));
    const weight = clamp(w.nameRarity * Math.log(Math.max(names.namesakes, 1e-9)), w.nameRarityBound);
    // About one namesake expected says nothing either way, and is not worth a line on the screen.
    if (Math.abs(weight) >= NEGLIGIBLE) {
      evidence.push({ weight, reason: { code: weight < 0 ? 'commonName' : 'rareName', patients } });
    }
  }
  return evidence;
};

/** The names as a whole: how alike they read. */
const similarityEvidence = (similarity: number): Evidence => {
  const s = round(similarity);
  return {
    weight: w.nameSlope * (similarity - w.nameNeutral),
    reason:
      similarity >= SIMILAR_NAME
        ? { code: 'similarName', similarity: s }
        : { code: 'differentName', similarity: s },
  };
};

/** Whether the records share a phone: undefined when either has none. */
const sharePhone = (a: PreparedCandidate, b: PreparedCandidate): boolean | undefined =>
  a.phones.length === 0 || b.phones.length === 0 ? undefined : sharesAny(a.phones, b.phones);

/** A phone, read together with the names: a shared one with names that disagree points to relatives. */
const phoneEvidence = (shared: boolean | undefined, names: NameAgreement): Evidence[] => {
  if (shared === undefined) return [];
  if (!shared) return [{ weight: w.differentPhones, reason: { code: 'differentPhones' } }];
  const relatives = names.unmatchedWords + names.unmatchedInitials > 0 || names.firstNameMissing;
  return [
    relatives
      ? { weight: w.familyPhone, reason: { code: 'familyPhone' } }
      : { weight: w.samePhone, reason: { code: 'samePhone' } },
  ];
};

const sum = (evidence: readonly Evidence[], start: number): number =>
  evidence.reduce((total, item) => total + item.weight, start);

/** The most the similarity of two names can add. */
const BEST_SIMILARITY = w.nameSlope * (1 - w.nameNeutral);

/**
 * The evidence about two prepared records, gathered from the cheapest to the dearest, or undefined
 * as soon as even the best of what is left could not lift the pair to `floor`: most pairs that
 * share a blocking key are plainly two people.
 */
const weigh = (
  a: PreparedCandidate,
  b: PreparedCandidate,
  floor: number,
  census: NameCensus | undefined,
): Evidence[] | undefined => {
  const evidence = recordEvidence(a, b);
  const shared = sharePhone(a, b);
  const phoneBound = shared === undefined ? 0 : shared ? w.samePhone : w.differentPhones;
  if (sum(evidence, w.prior) + phoneBound + w.nameRarityBound + BEST_SIMILARITY < floor) return undefined;
  const names = compareNames(a, b, census);
  evidence.push(...wordEvidence(names), ...phoneEvidence(shared, names));
  if (sum(evidence, w.prior) + BEST_SIMILARITY < floor) return undefined;
  evidence.push(similarityEvidence(nameSimilarity(a.name, b.name)));
  return evidence;
};

/** Every piece of evidence about two prepared records with its weight (for tests of the weights). */
export const weighEvidence = (
  a: PreparedCandidate,
  b: PreparedCandidate,
  census?: NameCensus,
): readonly Evidence[] => weigh(a, b, Number.NEGATIVE_INFINITY, census) ?? [];

/**
 * Score two prepared records (findDuplicates prepares each patient once), or undefined as soon as
 * the log-odds are known to stay below `floor`; with the default floor it always scores. A census
 * of the patients compared lets common names count for less and rare ones for more, and tells
 * established names from typos (without one, neither is weighed).
 */
export const scorePrepared = (
  a: PreparedCandidate,
  b: PreparedCandidate,
  floor = Number.NEGATIVE_INFINITY,
  census?: NameCensus,
): PairScore | undefined => {
  const evidence = weigh(a, b, floor, census);
  if (evidence === undefined) return undefined;
  const logOdds = sum(evidence, w.prior);
  // Strongest evidence first, for or against, so a screen can show the top few.
  evidence.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return { score: round(1 / (1 + Math.exp(-logOdds))), reasons: evidence.map((item) => item.reason) };
};

/** How likely two patient records are one person (0..1), with the reasons why. Symmetric. */
export const scorePair = (a: DuplicateCandidate, b: DuplicateCandidate, census?: NameCensus): PairScore =>
  scorePrepared(prepareCandidate(a), prepareCandidate(b), Number.NEGATIVE_INFINITY, census) ?? {
    score: 0,
    reasons: [],
  };

/** The log-odds a score corresponds to: findDuplicates turns its threshold into a floor. */
export const logOddsOf = (score: number): number =>
  score <= 0
    ? Number.NEGATIVE_INFINITY
    : score >= 1
      ? Number.POSITIVE_INFINITY
      : Math.log(score / (1 - score));
