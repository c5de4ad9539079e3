import { EPISODE_ONLY_FILTERS, type ReviewFilter } from '@registry/domain';

/** The controls a filter bar can show; each table or report picks those that mean something to it. */
export const REVIEW_FILTER_FIELDS = [
  'dates',
  'hospital',
  'region',
  'surgeon',
  'type',
  'completeness',
  'conflict',
  'deleted',
] as const;
export type ReviewFilterField = (typeof REVIEW_FILTER_FIELDS)[number];

export type FilterParam = keyof ReviewFilter;

/** The two review tables (and their exports). */
export type TableKind = 'patients' | 'episodes';

/** The query-string parameters each control sets. */
export const FIELD_PARAMS: Readonly<Record<ReviewFilterField, readonly FilterParam[]>> = {
  dates: ['from', 'to'],
  hospital: ['hospitalId'],
  region: ['region'],
  surgeon: ['surgeonId'],
  type: ['type'],
  completeness: ['completeness'],
  conflict: ['conflict'],
  deleted: ['includeDeleted'],
};

/** Every filter parameter, in the order of the controls. */
export const FILTER_PARAMS: readonly FilterParam[] = REVIEW_FILTER_FIELDS.flatMap(
  (field) => FIELD_PARAMS[field],
);

/** The parameters of some controls. */
export function paramsOf(fields: readonly ReviewFilterField[]): Set<FilterParam> {
  return new Set(fields.flatMap((field) => FIELD_PARAMS[field]));
}

/**
 * A filter as a table of patients or of episodes takes it: patients have no episode filters (the
 * server refuses them on a patients export, and the domain's predicate would match no patient).
 */
export function filterForTable(table: TableKind, filter: ReviewFilter): ReviewFilter {
  if (table === 'episodes') return filter;
  const kept = { ...filter };
  for (const param of EPISODE_ONLY_FILTERS) delete kept[param];
  return kept;
}
