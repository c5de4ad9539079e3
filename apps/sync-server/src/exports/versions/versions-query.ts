import { z } from 'zod';
import { hospitalIdSchema } from '../records/export-filters';

export const VERSIONS_EXPORT_LIMITS = { defaultLimit: 1000, maxLimit: 10_000 } as const;

/** GET /exports/versions.ndjson?after=&limit=&hospitalId= */
export const versionsQuerySchema = z.strictObject({
  /** The X-Next-Cursor of the previous call; empty or absent starts from the first version. */
  after: z.string().max(200).default(''),
  limit: z.coerce
    .number()
    .int('The limit must be a whole number.')
    .min(1, 'The limit must be at least 1.')
    .max(VERSIONS_EXPORT_LIMITS.maxLimit, `The limit may be at most ${VERSIONS_EXPORT_LIMITS.maxLimit}.`)
    .default(VERSIONS_EXPORT_LIMITS.defaultLimit),
  /** Only versions scoped to this hospital (the hospital their data names). */
  hospitalId: hospitalIdSchema.optional(),
});

export type VersionsQuery = z.output<typeof versionsQuerySchema>;
