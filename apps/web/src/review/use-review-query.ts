import { type ReviewFilter, reviewFilterPredicate } from '@registry/domain';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewEntry } from '../review-data/review-entry';
import { type EntryPage, pageOf, rankEntries, selectEntries } from './query-entries';
import { type ColumnSort, sortableText } from './review-columns';
import type { ReviewSort } from './review-params';
import type { ReviewContext } from './use-review-lookups';

/** While the first load reads charts, the rows shown follow it at most this often. */
const LOADING_REFRESH_MS = 1_000;

export interface ReviewQuery {
  entries: readonly ReviewEntry[];
  loading: boolean;
  filter: ReviewFilter;
  sort: ReviewSort;
  page: number;
  sorts: Readonly<Record<string, ColumnSort>>;
  lookups: ReviewContext;
}

/**
 * One page of a review table. The column's ranks are kept until the entries or the names change, and
 * the filtered, sorted list until the filter or the sort does, so that paging only slices it. A new
 * filter or sort is applied as a deferred update: the controls answer at once and the table follows
 * (`stale` meanwhile).
 */
export function useReviewQuery(query: ReviewQuery): EntryPage<ReviewEntry> & { stale: boolean } {
  const { sorts, lookups, page } = query;
  const entries = useThrottled(query.entries, query.loading);
  const filter = useDeferredValue(query.filter);
  const sort = useDeferredValue(query.sort);
  const column = sorts[sort.column];
  // The column's ranks change only with the entries or the names; a new filter reuses them.
  const ranks = useMemo(
    () => column && rankEntries(entries, column.key, column.text ? sortableText : undefined),
    [entries, column],
  );
  const selected = useMemo(
    () =>
      ranks
        ? selectEntries(entries, reviewFilterPredicate(filter, lookups.regionOf), ranks, sort.direction)
        : [],
    [entries, filter, lookups, ranks, sort.direction],
  );
  const shown = useMemo(() => pageOf(selected, page), [selected, page]);
  return { ...shown, stale: filter !== query.filter || sort !== query.sort };
}

/**
 * The entries as they were at most `LOADING_REFRESH_MS` ago while `loading`, and as they are
 * otherwise. The first load grows the lists every few milliseconds; filtering and sorting 100,000
 * rows each time would take the main thread from the load itself.
 */
function useThrottled(entries: readonly ReviewEntry[], loading: boolean): readonly ReviewEntry[] {
  const [shown, setShown] = useState(entries);
  const shownAt = useRef(0);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(
      () => {
        shownAt.current = Date.now();
        setShown(entries);
      },
      Math.max(0, shownAt.current + LOADING_REFRESH_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [entries, loading]);
  return loading ? shown : entries;
}
