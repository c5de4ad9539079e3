import { z } from 'zod';
import { versionSchema } from '../versions/version';
import { PULL_LIMITS } from './limits';

/** GET /api/sync/pull?cursor=&limit= — the cursor is opaque to clients; empty starts from the beginning. */
export const pullQuerySchema = z
  .object({
    cursor: z.string().max(200).default(''),
    limit: z.coerce
      .number()
      .int('The limit must be a whole number.')
      .min(1, 'The limit must be at least 1.')
      .max(PULL_LIMITS.maxLimit, `The limit may be at most ${PULL_LIMITS.maxLimit}.`)
      .default(PULL_LIMITS.defaultLimit),
  })
  .strict();
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** A pulled version carries the server's arrival order and time, which are not part of its identity. */
export const pulledVersionSchema = versionSchema.extend({
  seq: z.number().int().positive(),
  receivedAt: z.iso.datetime(),
});
export type PulledVersion = z.infer<typeof pulledVersionSchema>;

export const pullResponseSchema = z.object({
  versions: z.array(pulledVersionSchema),
  cursor: z.string(),
  more: z.boolean(),
  /**
   * Set on the first page after the server's database was restored from a backup made before the
   * cursor: the pull starts again from the beginning, and the server may have lost versions it had
   * acknowledged, so the device sends its user's versions again (the server keeps each once).
   */
  restored: z.literal(true).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
