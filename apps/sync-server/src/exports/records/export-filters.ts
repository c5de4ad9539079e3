import { EPISODE_TYPES } from '@registry/domain';
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HOSPITAL_ID_MESSAGE = 'hospitalId must be the id of a hospital (a lower-case UUID).';
export const hospitalIdSchema = z.string().regex(UUID, HOSPITAL_ID_MESSAGE);

/**
 * The filters a coordinator picks on a review screen, shared by every record export (CSV and FHIR)
 * so the files agree with each other and with the screen. Dates are whole days, inclusive, in UTC.
 * An unknown parameter is refused rather than ignored: a typo must not silently export everything.
 */
export const exportFiltersSchema = z
  .strictObject({
    hospitalId: hospitalIdSchema.optional(),
    /** Episodes: the episode's date. Patients: the day the server first received them. Log entries: the day of the entry. */
    from: z.iso.date('from must be a date written YYYY-MM-DD.').optional(),
    to: z.iso.date('to must be a date written YYYY-MM-DD.').optional(),
    /** Episodes only. */
    type: z.enum(EPISODE_TYPES).optional(),
    includeDeleted: z
      .enum(['true', 'false'], 'includeDeleted must be true or false.')
      .optional()
      .transform((value) => value === 'true'),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'from must not be after to.',
    path: ['from'],
  });

export type ExportFilters = z.output<typeof exportFiltersSchema>;

/** The filters that apply to records without a type (patients, log entries): `type` is refused there. */
export const untypedExportFiltersSchema = exportFiltersSchema.refine((f) => f.type === undefined, {
  message: 'type filters episodes only.',
  path: ['type'],
});

/** What an audit entry says about an export: its kind and exactly the filters used. */
export function describeFilters(filters: ExportFilters): Record<string, string | boolean> {
  const described: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== false) described[key] = value;
  }
  return described;
}
