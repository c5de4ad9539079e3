import { z } from 'zod';
import { versionSchema } from '../versions/version';
import { PUSH_LIMITS } from './limits';

/** POST /api/sync/push */
export const pushRequestSchema = z
  .object({
    deviceId: z.string().min(1).max(64),
    versions: z
      .array(versionSchema)
      .max(PUSH_LIMITS.maxVersions, `A push may hold at most ${PUSH_LIMITS.maxVersions} versions.`),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const rejectionSchema = z.object({ versionId: z.string(), reason: z.string() });
export type Rejection = z.infer<typeof rejectionSchema>;

/** Every pushed version lands in exactly one of the three lists. */
export const pushResponseSchema = z.object({
  accepted: z.array(z.string()),
  duplicate: z.array(z.string()),
  rejected: z.array(rejectionSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;
