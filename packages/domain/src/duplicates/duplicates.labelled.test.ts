// Precision and recall of findDuplicates on generated registrations whose truth is known.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_THRESHOLD, findDuplicates } from './find-duplicates';
import { labelledRegistrations, seededRandom } from './test-registrations';

describe('labelled registrations', () => {
  const { registrations, hardPairs } = labelledRegistrations(20261129, 2400);
  const personOf = new Map(registrations.map((r) => [r.id, r.personId]));
  const countOf = new Map<string, number>();
  for (const r of registrations) countOf.set(r.personId, (countOf.get(r.personId) ?? 0) + 1);
  let truePairs = 0;
  for (const count of countOf.values()) truePairs += (count * (count - 1)) / 2;

  it('is deterministic and large enough', () => {
    expect(labelledRegistrations(20261129, 2400).registrations).toEqual(registrations);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
    expect(truePairs).toBeGreaterThanOrEqual(300);
    expect(hardPairs.length).toBeGreaterThanOrEqual(200);
  });

  // The goal is recall ≥ 0.95 at precision ≥ 0.90. Reached so far: recall 0.895 at precision 0.912
  // (every weighting tried traded one for the other). This guards what is reached; the goal stays open.
  it('finds duplicates with recall ≥ 0.89 and precision ≥ 0.90 (goal: recall ≥ 0.95)', () => {
    const pairs = findDuplicates(registrations, { threshold: DEFAULT_DUPLICATE_THRESHOLD });
    const found = pairs.filter((p) => personOf.get(p.a) === personOf.get(p.b)).length;
    const precision = pairs.length === 0 ? 0 : found / pairs.length;
    const recall = found / truePairs;
    // The domain package's lib has no DOM or Node types, so console is reached through globalThis.
    (globalThis as unknown as { console: { log: (line: string) => void } }).console.log(
      `duplicates: threshold ${DEFAULT_DUPLICATE_THRESHOLD}, ${registrations.length} records, ${truePairs} true pairs, ` +
        `${pairs.length} offered, ${found} right: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.89);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
