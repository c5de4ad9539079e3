import type { ReviewFilter } from '@registry/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { REVIEW_FILTER_FIELDS, type ReviewFilterField } from './filter-fields';
import { type ParamProblem, type ReviewSort, readReviewParams, writeReviewParams } from './review-params';

export interface ReviewFilterState {
  /** The filter in the address, as far as it can be used (see `problems`). */
  filter: ReviewFilter;
  /** Parameters of the address that were left out, for a warning. */
  problems: readonly ParamProblem[];
  /** Undefined when the address names no sort. */
  sort: ReviewSort | undefined;
  page: number;
  /** A new filter, back on the first page. */
  setFilter: (filter: ReviewFilter) => void;
  /** A new order, back on the first page. */
  setSort: (sort: ReviewSort) => void;
  setPage: (page: number) => void;
}

/**
 * The filter, sort and page of a review screen, kept in the address so that a filtered view can be
 * bookmarked or sent to a colleague, and the browser's back button undoes a change. Each change is a
 * new history entry; a change also leaves out whatever the address held that could not be used.
 */
export function useReviewFilter(
  fields: readonly ReviewFilterField[] = REVIEW_FILTER_FIELDS,
  sortColumns?: readonly string[],
): ReviewFilterState {
  const [search, setSearch] = useSearchParams();
  const query = search.toString();
  // Keyed by their contents, so that callers may pass new arrays on every render.
  const fieldsKey = fields.join();
  const columnsKey = sortColumns?.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the arrays; `query` for `search`
  const params = useMemo(
    () => readReviewParams(search, { fields, sortColumns }),
    [query, fieldsKey, columnsKey],
  );
  const { filter, sort } = params;
  const go = useCallback(
    (next: Parameters<typeof writeReviewParams>[0]) => setSearch(writeReviewParams(next)),
    [setSearch],
  );
  return {
    ...params,
    setFilter: useCallback((next: ReviewFilter) => go({ filter: next, sort }), [go, sort]),
    setSort: useCallback((next: ReviewSort) => go({ filter, sort: next }), [go, filter]),
    setPage: useCallback((next: number) => go({ filter, sort, page: next }), [go, filter, sort]),
  };
}
