import { type ReviewFilter, reviewFilterParams, reviewFilterSchema } from '@registry/domain';
import { FILTER_PARAMS, type FilterParam, paramsOf, type ReviewFilterField } from './filter-fields';

export type SortDirection = 'asc' | 'desc';
export interface ReviewSort {
  column: string;
  direction: SortDirection;
}

/** Why a parameter of the address was not used. */
export type ProblemReason =
  /** Not a parameter of any review screen (a typo, or an address from a newer version). */
  | 'unknown'
  /** A filter this screen does not offer (the surgeon filter on the patients table). */
  | 'notHere'
  /** A value the parameter cannot take. */
  | 'invalid'
  /** A start date after the end date. */
  | 'range';

export interface ParamProblem {
  param: string;
  value: string;
  reason: ProblemReason;
}

export interface ReviewParams {
  /** The filter made of the parameters that could be used, as query-string values. */
  filter: ReviewFilter;
  /** Undefined when the address names none (the table's own default applies). */
  sort: ReviewSort | undefined;
  /** From 1. */
  page: number;
  /** Parameters left out, to be shown: an address may be typed, shared or old. */
  problems: ParamProblem[];
}

export interface ReadOptions {
  /** The filter controls the screen shows; other filter parameters are not applied. */
  fields: readonly ReviewFilterField[];
  /** The columns a table can be sorted by; when given, another `sort` is refused. */
  sortColumns?: readonly string[] | undefined;
}

const SORT = 'sort';
const DIRECTION = 'dir';
const PAGE = 'page';
const KNOWN_FILTERS = new Set<string>(FILTER_PARAMS);

/**
 * What an address's query string asks of a review screen. Nothing in it can break the screen: a
 * parameter that cannot be used is left out and named in `problems`, and the rest still applies, so a
 * bookmark that outlived a hospital or a column still opens.
 */
export function readReviewParams(search: URLSearchParams, options: ReadOptions): ReviewParams {
  const offered = paramsOf(options.fields);
  const problems: ParamProblem[] = [];
  const candidate: Partial<Record<FilterParam, string>> = {};
  const seen = new Set<string>([SORT, DIRECTION, PAGE]);
  for (const [param, value] of search) {
    // A parameter given twice is read once, at its first place, as URLSearchParams.get does.
    if (seen.has(param)) continue;
    seen.add(param);
    if (!KNOWN_FILTERS.has(param)) problems.push({ param, value, reason: 'unknown' });
    else if (!offered.has(param as FilterParam)) problems.push({ param, value, reason: 'notHere' });
    else candidate[param as FilterParam] = value;
  }
  return {
    filter: usableFilter(candidate, problems),
    sort: readSort(search, options.sortColumns, problems),
    page: readPage(search, problems),
    problems,
  };
}

/** The query string of a review screen's state, the filter first (as exports and reports take it). */
export function writeReviewParams(state: {
  filter: ReviewFilter;
  sort?: ReviewSort | undefined;
  page?: number | undefined;
}): URLSearchParams {
  const search = new URLSearchParams(reviewFilterParams(state.filter));
  if (state.sort) {
    search.set(SORT, state.sort.column);
    search.set(DIRECTION, state.sort.direction);
  }
  if (state.page && state.page > 1) search.set(PAGE, String(state.page));
  return search;
}

/** Drops the parameters the domain's schema refuses, one by one, and keeps the rest. */
function usableFilter(
  candidate: Partial<Record<FilterParam, string>>,
  problems: ParamProblem[],
): ReviewFilter {
  const rest = { ...candidate };
  for (;;) {
    const parsed = reviewFilterSchema.safeParse(rest);
    if (parsed.success) {
      // Back to query-string values, as the schema read them (trimmed; includeDeleted only when true).
      const { includeDeleted, ...values } = parsed.data;
      const filter: Record<string, string> = {};
      for (const [param, value] of Object.entries(values))
        if (typeof value === 'string') filter[param] = value;
      if (includeDeleted) filter.includeDeleted = 'true';
      return filter as ReviewFilter;
    }
    let dropped = false;
    for (const issue of parsed.error.issues) {
      const param = issue.path[0] as FilterParam | undefined;
      const value = param === undefined ? undefined : rest[param];
      if (param === undefined || value === undefined) continue;
      // The schema's only cross-field rule is the date range; it names `from`.
      problems.push({ param, value, reason: issue.code === 'custom' ? 'range' : 'invalid' });
      delete rest[param];
      dropped = true;
    }
    // An issue naming no parameter cannot be fixed by leaving one out: apply no filter rather than loop.
    if (!dropped) return {};
  }
}

function readSort(
  search: URLSearchParams,
  columns: readonly string[] | undefined,
  problems: ParamProblem[],
): ReviewSort | undefined {
  const column = search.get(SORT);
  const direction = search.get(DIRECTION);
  let usableDirection: SortDirection = 'asc';
  if (direction === 'asc' || direction === 'desc') usableDirection = direction;
  else if (direction !== null) problems.push({ param: DIRECTION, value: direction, reason: 'invalid' });
  if (column === null) return undefined;
  if (column === '' || (columns && !columns.includes(column))) {
    problems.push({ param: SORT, value: column, reason: 'invalid' });
    return undefined;
  }
  return { column, direction: usableDirection };
}

function readPage(search: URLSearchParams, problems: ParamProblem[]): number {
  const page = search.get(PAGE);
  if (page === null) return 1;
  if (/^[1-9]\d{0,8}$/.test(page)) return Number(page);
  problems.push({ param: PAGE, value: page, reason: 'invalid' });
  return 1;
}
