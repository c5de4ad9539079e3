import type { Version } from '@registry/domain';
import { addConflicts, type DemoConflicts } from './conflicts';
import { addDeletions } from './deletions';
import { DAY } from './demo-clock';
import { type DemoHospital, type DemoStaffMember, demoDirectory } from './demo-directory';
import { DEMO_PASSWORD } from './demo-staff';
import { createWorld } from './demo-world';
import { createDemoWriter } from './demo-writer';
import { addDuplicates, type DuplicatePair } from './duplicates';
import { tellPatientStory } from './patient-story';
import { createRandom } from './random';
import { createStoryPicker } from './story-picker';

export const DEFAULT_DEMO_PATIENTS = 300;
export const DEFAULT_DEMO_SEED = 'registry-demo';
/** Fewer patients than this cannot hold every special case on patients of their own. */
export const MIN_DEMO_PATIENTS = 30;
export const MAX_DEMO_PATIENTS = 20_000;

export interface DemoOptions {
  now: Date;
  patients?: number | undefined;
  seed?: string | number | undefined;
}

export interface DemoData {
  password: string;
  hospitals: DemoHospital[];
  staff: DemoStaffMember[];
  /** Every version, in the order they were made: parents before children. */
  versions: Version[];
  duplicates: DuplicatePair[];
  conflicts: DemoConflicts;
  deleted: string[];
}

/** How many of each special case, for a registry of `patients`: the default 300 gets 10 conflicts and 15 duplicates. */
export function demoProportions(patients: number) {
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));
  return {
    openConflicts: clamp(patients / 30, 2, 12),
    resolvedConflicts: patients >= 100 ? 2 : 1,
    openDuplicates: clamp(patients / 20, 2, 20),
    mergedDuplicates: patients >= 100 ? 2 : 1,
  };
}

/**
 * The whole demo registry, from the seed alone: same seed and `now`, same data, ids included.
 * Pure: nothing is read or written; seed-demo.ts stores it.
 */
export function generateDemoData({
  now,
  patients = DEFAULT_DEMO_PATIENTS,
  seed = DEFAULT_DEMO_SEED,
}: DemoOptions): DemoData {
  if (!Number.isInteger(patients) || patients < MIN_DEMO_PATIENTS || patients > MAX_DEMO_PATIENTS) {
    throw new RangeError(
      `The number of demo patients must be a whole number from ${MIN_DEMO_PATIENTS} to ${MAX_DEMO_PATIENTS}.`,
    );
  }
  const random = createRandom(seed);
  const nowMs = now.getTime();
  const world = createWorld(
    random,
    nowMs,
    demoDirectory(random, nowMs - 760 * DAY),
    createDemoWriter(random),
  );
  const stories = Array.from({ length: patients }, () => tellPatientStory(world));
  const picker = createStoryPicker(random.sample(stories, stories.length));
  const counts = demoProportions(patients);
  const conflicts = addConflicts(world, picker, counts.openConflicts, counts.resolvedConflicts);
  const duplicates = addDuplicates(world, picker, counts.openDuplicates, counts.mergedDuplicates);
  const deleted = addDeletions(world, picker);
  return {
    password: DEMO_PASSWORD,
    hospitals: world.directory.hospitals,
    staff: world.directory.staff,
    versions: [...world.writer.versions],
    duplicates,
    conflicts,
    deleted,
  };
}
