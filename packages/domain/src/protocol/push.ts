import { z } from 'zod';
import { type Version, versionSchema } from '../versions/version';
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

export const rejectionSchema = z.object({
  versionId: z.string(),
  reason: z.string(),
  /**
   * The version may be accepted later: it is based on a version the server does not have yet, which
   * another device may still send (after a restore from a backup, each person's device sends their
   * own). A device keeps it waiting, and sends it again at its next sync, rather than refused.
   */
  retryable: z.literal(true).optional(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** Every pushed version lands in exactly one of the three lists. */
export const pushResponseSchema = z.object({
  accepted: z.array(z.string()),
  duplicate: z.array(z.string()),
  rejected: z.array(rejectionSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/**
 * Consecutive batches within both of the server's push limits, the count and the body's bytes (with
 * room for the request's own fields), in the order given: how a device or an import sends many.
 */
export function pushBatches<V extends Version>(versions: readonly V[]): V[][] {
  const maxBytes = PUSH_LIMITS.maxBytes - 1024;
  const batches: V[][] = [];
  let batch: V[] = [];
  let bytes = 0;
  for (const v of versions) {
    const size = utf8Length(JSON.stringify(v)) + 1;
    if (batch.length > 0 && (batch.length >= PUSH_LIMITS.maxVersions || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(v);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Bytes of the text as UTF-8, as the server counts a body (a lone surrogate is sent as U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
