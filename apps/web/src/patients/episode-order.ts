import type { OpenOperation } from '@registry/domain';
import type { AnyState } from '../local/patient-summary';

const dateOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** Newest date first and undated last: a paper backlog without dates must not hide today's work. */
export function newestDateFirst(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? 1 : -1;
}

/**
 * A patient's live episodes for the chart: deleted ones left out, newest date first, undated last,
 * and among equal dates the most recently written first.
 */
export function episodesNewestFirst(states: Iterable<AnyState>): AnyState[] {
  return [...states]
    .filter((s) => s.entity === 'episode' && !s.deleted)
    .sort(
      (a, b) =>
        newestDateFirst(dateOf(a.preferred.data.date), dateOf(b.preferred.data.date)) ||
        Date.parse(b.preferred.createdAt) - Date.parse(a.preferred.createdAt) ||
        (a.entityId < b.entityId ? 1 : -1),
    );
}

/** The operation a new discharge or follow-up most likely belongs to: the latest one waiting for it. */
export function latestOperation(waiting: readonly OpenOperation[]): string | undefined {
  return [...waiting].sort((a, b) => newestDateFirst(a.date, b.date))[0]?.surgeryId;
}
