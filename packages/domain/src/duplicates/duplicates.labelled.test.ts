// Precision and recall of findDuplicates on generated registrations whose truth is known. The
// weights and threshold were fitted on TRAINING_SEED only; the held-out seeds were never used to
// choose them, so their figures are the ones to believe.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_THRESHOLD, findDuplicates } from './find-duplicates';
import { nameCensus } from './name-census';
import { type PreparedCandidate, prepareCandidate } from './prepare-candidate';
import { REASON_CODES, suggestsTwoPeople } from './reason-side';
import { weighEvidence } from './score-pair';
import { type LabelledSet, labelledRegistrations, seededRandom } from './test-registrations';
import type { DuplicatePair } from './types';

const TRAINING_SEED = 20261129;
const HELD_OUT_SEEDS = [1, 2, 3, 4];
const PERSONS = 2400;

interface Measure {
  readonly seed: number;
  readonly truePairs: number;
  readonly offered: number;
  readonly right: number;
}

const truePairsIn = ({ registrations }: LabelledSet): number => {
  const countOf = new Map<string, number>();
  for (const r of registrations) countOf.set(r.personId, (countOf.get(r.personId) ?? 0) + 1);
  let pairs = 0;
  for (const count of countOf.values()) pairs += (count * (count - 1)) / 2;
  return pairs;
};

const measure = (seed: number, set: LabelledSet, pairs: readonly DuplicatePair[]): Measure => {
  const personOf = new Map(set.registrations.map((r) => [r.id, r.personId]));
  const right = pairs.filter((p) => personOf.get(p.a) === personOf.get(p.b)).length;
  return { seed, truePairs: truePairsIn(set), offered: pairs.length, right };
};

const precision = (m: Pick<Measure, 'offered' | 'right'>): number =>
  m.offered === 0 ? 0 : m.right / m.offered;
const recall = (m: Pick<Measure, 'truePairs' | 'right'>): number => m.right / m.truePairs;

// The domain package's lib has no DOM or Node types, so console is reached through globalThis.
const log = (line: string): void =>
  (globalThis as unknown as { console: { log: (line: string) => void } }).console.log(line);

describe('labelled registrations', () => {
  const training = labelledRegistrations(TRAINING_SEED, PERSONS);
  const runs = [TRAINING_SEED, ...HELD_OUT_SEEDS].map((seed) => {
    const set = seed === TRAINING_SEED ? training : labelledRegistrations(seed, PERSONS);
    const pairs = findDuplicates(set.registrations, { threshold: DEFAULT_DUPLICATE_THRESHOLD });
    return { set, pairs, measure: measure(seed, set, pairs) };
  });
  const held = runs.slice(1).map((run) => run.measure);
  const pooled = {
    truePairs: held.reduce((total, m) => total + m.truePairs, 0),
    offered: held.reduce((total, m) => total + m.offered, 0),
    right: held.reduce((total, m) => total + m.right, 0),
  };
  for (const { measure: m } of runs) {
    log(
      `duplicates, seed ${m.seed}${m.seed === TRAINING_SEED ? ' (training)' : ''}: threshold ${DEFAULT_DUPLICATE_THRESHOLD}, ` +
        `${m.truePairs} true pairs, ${m.offered} offered, ${m.right} right: ` +
        `precision ${precision(m).toFixed(3)}, recall ${recall(m).toFixed(3)}`,
    );
  }
  log(
    `duplicates, held-out seeds pooled: precision ${precision(pooled).toFixed(3)}, recall ${recall(pooled).toFixed(3)}`,
  );

  it('is deterministic, large enough and keeps its hard non-duplicates', () => {
    expect(labelledRegistrations(TRAINING_SEED, PERSONS).registrations).toEqual(training.registrations);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
    expect(truePairsIn(training)).toBeGreaterThanOrEqual(300);
    for (const kind of ['twins', 'parentAndChild', 'namesakes'] as const) {
      expect(training.hardPairs.filter((pair) => pair.kind === kind).length).toBeGreaterThanOrEqual(100);
    }
  });

  // The goal is recall ≥ 0.95 at precision ≥ 0.90 on seeds the weights were not fitted on. It is
  // reached on the held-out seeds together and on each of them but seed 1, whose recall is 0.945.
  // Its missed pairs are copies with a new phone, at another hospital, with a changed name: nothing
  // tells them from the chance namesakes a lower threshold would let in with them (weights fitted
  // on seed 1 itself reach no better than about recall 0.955 at precision 0.905).
  it('finds duplicates with recall ≥ 0.95 at precision ≥ 0.90 on the held-out seeds', () => {
    expect(recall(pooled)).toBeGreaterThanOrEqual(0.95);
    expect(precision(pooled)).toBeGreaterThanOrEqual(0.9);
    for (const m of held) {
      expect(precision(m), `precision, seed ${m.seed}`).toBeGreaterThanOrEqual(0.9);
      expect(recall(m), `recall, seed ${m.seed}`).toBeGreaterThanOrEqual(0.94);
    }
  });

  it('files every reason on the side its weight pulls, and names it once per pair', () => {
    const prepared = training.registrations.map(prepareCandidate);
    const byId = new Map(prepared.map((candidate) => [candidate.patient.id, candidate]));
    const census = nameCensus(prepared);
    const seen = new Set<string>();
    const check = (a: PreparedCandidate | undefined, b: PreparedCandidate | undefined): void => {
      if (a === undefined || b === undefined) return;
      const evidence = weighEvidence(a, b, census);
      expect(new Set(evidence.map((item) => item.reason.code)).size).toBe(evidence.length);
      for (const { weight, reason } of evidence) {
        seen.add(reason.code);
        if (weight !== 0) expect(suggestsTwoPeople(reason), reason.code).toBe(weight < 0);
      }
    };
    // The pairs offered, the hard non-duplicates, members of a household (one phone), and records
    // side by side (mostly strangers).
    for (const pair of runs[0]?.pairs ?? []) check(byId.get(pair.a), byId.get(pair.b));
    const recordOf = new Map(
      prepared.map((candidate, i) => [training.registrations[i]?.personId, candidate]),
    );
    for (const pair of training.hardPairs) check(recordOf.get(pair.a), recordOf.get(pair.b));
    const household = new Map<string, PreparedCandidate>();
    for (const candidate of prepared) {
      const phone = candidate.phones[0];
      if (phone === undefined) continue;
      check(household.get(phone), candidate);
      household.set(phone, candidate);
    }
    for (let i = 1; i < 2000; i++) check(prepared[i - 1], prepared[i]);
    expect([...seen].sort()).toEqual(Object.keys(REASON_CODES).sort());
  });
});
