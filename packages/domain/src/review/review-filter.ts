import { z } from 'zod';
import { EPISODE_TYPES } from '../lists/episode-types';
import { missingFields } from '../records/missing-fields';
import { episodeTypeOf, type ReviewRecord } from './review-record';

export const COMPLETENESS_FILTERS = ['complete', 'incomplete'] as const;
/** `only`: records in conflict; `none`: records without one. */
export const CONFLICT_FILTERS = ['only', 'none'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const id = (name: string) => z.string().regex(UUID, `${name} must be an id (a lower-case UUID).`);

/**
 * The filters of the review tables, the reports and the exports, as query-string values. One schema
 * on the device and the server, so that a file exported from a screen holds what the screen showed.
 * Dates are whole days, inclusive. An unknown parameter is refused, never ignored: a typo must not
 * silently select everything.
 */
export const reviewFilterSchema = z
  .strictObject({
    from: z.iso.date('from must be a date written YYYY-MM-DD.').optional(),
    to: z.iso.date('to must be a date written YYYY-MM-DD.').optional(),
    hospitalId: id('hospitalId').optional(),
    region: z.string().trim().min(1, 'region must not be empty.').max(100).optional(),
    /** Episodes only: a primary, second or third surgeon, or an attendee. */
    surgeonId: id('surgeonId').optional(),
    /** Episodes only. */
    type: z.enum(EPISODE_TYPES, `type must be one of ${EPISODE_TYPES.join(', ')}.`).optional(),
    completeness: z
      .enum(COMPLETENESS_FILTERS, `completeness must be ${COMPLETENESS_FILTERS.join(' or ')}.`)
      .optional(),
    conflict: z.enum(CONFLICT_FILTERS, `conflict must be ${CONFLICT_FILTERS.join(' or ')}.`).optional(),
    includeDeleted: z
      .enum(['true', 'false'], 'includeDeleted must be true or false.')
      .optional()
      .transform((value) => value === 'true'),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'from must not be after to.',
    path: ['from'],
  });

export type ReviewFilter = z.input<typeof reviewFilterSchema>;

/** The filters that only episodes have: a patients table or export refuses them. */
export const EPISODE_ONLY_FILTERS = ['surgeonId', 'type'] as const satisfies readonly (keyof ReviewFilter)[];

const SURGEON_FIELDS = ['primarySurgeonId', 'secondarySurgeonId', 'tertiarySurgeonId'] as const;

/** Whether an episode names this person as one of its surgeons or among those present. */
export function episodeInvolves(data: Readonly<Record<string, unknown>>, staffId: string): boolean {
  if (SURGEON_FIELDS.some((field) => data[field] === staffId)) return true;
  return Array.isArray(data.attendeeIds) && data.attendeeIds.includes(staffId);
}

/**
 * The test of a filter, built once and asked of every record. `regionOf` names a hospital's region.
 * A record whose date is unknown matches no date range: it is neither inside nor outside it, and a
 * range asks for what is known to be inside. The episode-only filters match no patient.
 */
export function reviewFilterPredicate(
  filter: ReviewFilter,
  regionOf: (hospitalId: string) => string | undefined,
): (record: ReviewRecord) => boolean {
  const { from, to, hospitalId, surgeonId, type, completeness, conflict } = filter;
  const includeDeleted = filter.includeDeleted === 'true';
  // As the schema reads it, so that a filter selects the same given as typed or as parsed.
  const region = filter.region?.trim();
  return (record) => {
    if (record.deleted && !includeDeleted) return false;
    if (hospitalId && record.hospitalId !== hospitalId) return false;
    if (region && (!record.hospitalId || regionOf(record.hospitalId) !== region)) return false;
    if (from && (!record.date || record.date < from)) return false;
    if (to && (!record.date || record.date > to)) return false;
    if (conflict && record.inConflict !== (conflict === 'only')) return false;
    if (type && episodeTypeOf(record) !== type) return false;
    if (surgeonId && (record.entity !== 'episode' || !episodeInvolves(record.data, surgeonId))) return false;
    if (completeness) {
      const complete = (record.missingCount ?? missingFields(record.entity, record.data).length) === 0;
      if (complete !== (completeness === 'complete')) return false;
    }
    return true;
  };
}

/** The filter without its empty values, as query-string pairs (for a URL or an export link). */
export function reviewFilterParams(filter: ReviewFilter): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter))
    if (typeof value === 'string' && value !== '' && !(key === 'includeDeleted' && value === 'false'))
      params[key] = value;
  return params;
}
