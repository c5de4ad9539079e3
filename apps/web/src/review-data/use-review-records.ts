import { useEffect, useSyncExternalStore } from 'react';
import { useServices } from '../app/services-context';
import type { ReviewEntry } from './review-entry';
import { type ReviewLoad, reviewIndexOf } from './review-index';

export interface ReviewRecords {
  patients: readonly ReviewEntry[];
  episodes: readonly ReviewEntry[];
  /** Set while the device's charts are being read the first time (the lists are partial meanwhile). */
  loading: ReviewLoad | undefined;
  /** Changes whenever the lists do, for memoising what is derived from them. */
  revision: number;
}

/**
 * Every patient and episode on the device, for the coordinators' screens: loaded on first use and
 * kept current with saves and syncs. The arrays are new whenever anything changed.
 */
export function useReviewRecords(): ReviewRecords {
  const { store } = useServices();
  const index = reviewIndexOf(store);
  const revision = useSyncExternalStore(
    (listener) => index.subscribe(listener),
    () => index.revision,
  );
  useEffect(() => {
    void index.ensureLoaded();
  }, [index]);
  return {
    patients: index.patients,
    episodes: index.episodes,
    loading: index.loaded ? undefined : (index.progress ?? { done: 0, total: 0 }),
    revision,
  };
}
