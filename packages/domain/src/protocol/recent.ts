import { z } from 'zod';
import { PULL_LIMITS } from './limits';
import { pulledVersionSchema } from './pull';

/** How many of the newest versions a device asks for before its first full pull, by default. */
export const RECENT_DEFAULT_LIMIT = 1000;

/**
 * GET /api/sync/recent?limit= — the newest versions the user may see (at most `limit`), with every
 * version of the patients they belong to, so that a device's first sync can show today's patients and
 * open worklists at once, before the full pull in arrival order brings the rest. Never a substitute
 * for the pull: it has no cursor, and everything it returns comes again through the pull.
 */
export const recentQuerySchema = z
  .object({
    limit: z.coerce
      .number()
      .int('The limit must be a whole number.')
      .min(1, 'The limit must be at least 1.')
      .max(PULL_LIMITS.maxLimit, `The limit may be at most ${PULL_LIMITS.maxLimit}.`)
      .default(RECENT_DEFAULT_LIMIT),
  })
  .strict();
export type RecentQuery = z.infer<typeof recentQuerySchema>;

export const recentResponseSchema = z.object({ versions: z.array(pulledVersionSchema) });
export type RecentResponse = z.infer<typeof recentResponseSchema>;
