import { MINUTE } from './demo-clock';
import type { DemoStaffMember } from './demo-directory';

/** Who types a form in, and when. */
export interface Entry {
  author: DemoStaffMember;
  at: number;
}

export type EntryOf = (author: DemoStaffMember, eventAt: number) => Entry;

/** The usual way: the person who was there, at the time it happened. */
export const liveEntry: EntryOf = (author, eventAt) => ({ author, at: eventAt });

/**
 * A paper file typed in by a coordinator at `enteredAt`: everything that happened before is entered
 * then, a minute apart and in order; what happens later is recorded live again.
 */
export function backlogEntry(coordinator: DemoStaffMember, enteredAt: number): EntryOf {
  let typed = 0;
  return (author, eventAt) =>
    eventAt < enteredAt ? { author: coordinator, at: enteredAt + typed++ * MINUTE } : { author, at: eventAt };
}
