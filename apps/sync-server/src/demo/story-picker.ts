import type { PatientStory } from './patient-story';

/**
 * Hands out patients for the demo's special cases (conflicts, duplicates, deletions), each patient
 * to one case only, so a duplicate is never also in conflict (a merge would refuse it).
 */
export interface StoryPicker {
  take(count: number, fits: (story: PatientStory) => boolean): PatientStory[];
}

/** `stories` should already be in random order. */
export function createStoryPicker(stories: readonly PatientStory[]): StoryPicker {
  const used = new Set<PatientStory>();
  return {
    take(count, fits) {
      const taken: PatientStory[] = [];
      for (const story of stories) {
        if (taken.length >= count) break;
        if (used.has(story) || !fits(story)) continue;
        used.add(story);
        taken.push(story);
      }
      return taken;
    },
  };
}
