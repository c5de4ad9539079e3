import fc from 'fast-check';
import type { Version } from '../versions/version';
import type { WriteContext } from '../versions/write-context';

/** A UUID-shaped id from a number, so generated histories are readable when a property fails. */
export const idFor = (prefix: string, n: number): string =>
  `${prefix.padEnd(8, '0').slice(0, 8)}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

const RECORD_ID = idFor('eeeeeeee', 1);
const AUTHOR = idFor('aaaaaaaa', 1);

/**
 * The versions of one record as a random DAG: each version names a random subset of earlier ones
 * as parents (the first has none), with random clocks (devices disagree) and deletions.
 */
export const recordHistory = (maxVersions = 12): fc.Arbitrary<Version[]> =>
  fc
    .array(
      fc.record({
        parentPicks: fc.array(fc.nat(), { maxLength: 3 }),
        minute: fc.integer({ min: 0, max: 30 }),
        deleted: fc.boolean(),
        value: fc.integer({ min: 0, max: 5 }),
      }),
      { minLength: 1, maxLength: maxVersions },
    )
    .map((steps) =>
      steps.map((step, i) => {
        const parents =
          i === 0 ? [] : [...new Set(step.parentPicks.map((p) => idFor('11111111', p % i)))].sort();
        return {
          versionId: idFor('11111111', i),
          entity: 'patient',
          entityId: RECORD_ID,
          parents,
          data: { fullName: `Name ${step.value}`, registeredHospitalId: idFor('44444444', 1) },
          deleted: i === 0 ? false : step.deleted,
          authorId: AUTHOR,
          deviceId: 'device-1',
          createdAt: new Date(Date.UTC(2026, 0, 1, 8, step.minute)).toISOString(),
          schema: 1,
        } satisfies Version;
      }),
    );

/** A context whose clock and ids are fixed by the test. */
export function testContext(prefix = 'cccccccc', start = Date.UTC(2026, 5, 1)): WriteContext {
  let n = 0;
  return {
    now: new Date(start),
    newId: () => idFor(prefix, ++n),
    authorId: AUTHOR,
    deviceId: 'device-test',
  };
}

export const testAuthorId = AUTHOR;
