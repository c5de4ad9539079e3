import { EPISODE_ONLY_FILTERS, type ReviewFilter, reviewFilterSchema } from '@registry/domain';
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HOSPITAL_ID_MESSAGE = 'hospitalId must be the id of a hospital (a lower-case UUID).';
export const hospitalIdSchema = z.string().regex(UUID, HOSPITAL_ID_MESSAGE);

/**
 * The filters of the record exports (CSV and FHIR) are the review screens' own (the domain's
 * `reviewFilterSchema`): the same names, values and refusals, so that a file holds what the screen
 * showed. Read by the routes, `includeDeleted` is a boolean.
 */
export type ExportFilters = z.output<typeof reviewFilterSchema>;
type FilterName = keyof ExportFilters;

type Refusal = readonly [names: readonly FilterName[], why: string];

const EPISODES_ONLY: Refusal = [EPISODE_ONLY_FILTERS, 'filters episodes only.'];

/** The review filters with some refused by name: a filter that cannot apply is an error, never ignored. */
function refusing(...refusals: readonly Refusal[]) {
  return reviewFilterSchema.superRefine((filters, ctx) => {
    for (const [names, why] of refusals)
      for (const name of names)
        if (filters[name] !== undefined)
          ctx.addIssue({ code: 'custom', path: [name], message: `${name} ${why}` });
  });
}

/** Episodes (CSV and FHIR): every filter of the review screens. */
export const episodeFiltersSchema = reviewFilterSchema;

/** Patients: every filter but the episodes' own (surgeon, type). */
export const patientFiltersSchema = refusing(EPISODES_ONLY);

/**
 * Log entries are not on the review screens: they are selected by hospital, region, day and deletion;
 * the filters that judge a reviewed record (surgeon, type, completeness, conflict) are refused.
 */
const REVIEW_ONLY: Refusal = [
  ['completeness', 'conflict'],
  'filters patients and episodes, not log entries.',
];
export const eventLogFiltersSchema = refusing(EPISODES_ONLY, REVIEW_ONLY);
export const EVENT_LOG_REFUSED_FILTERS = [...EPISODES_ONLY[0], ...REVIEW_ONLY[0]];

/** The filters in the form the domain's predicate reads (the query string's). */
export function reviewFilterOf(filters: Partial<ExportFilters>): ReviewFilter {
  return { ...filters, includeDeleted: filters.includeDeleted ? 'true' : 'false' };
}

/** What an audit entry says about an export: its kind and exactly the filters used. */
export function describeFilters(filters: Partial<ExportFilters>): Record<string, string | boolean> {
  const described: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== false) described[key] = value;
  }
  return described;
}
