import type { Rejection, Version } from '@registry/domain';

/**
 * Splits what the server cannot take yet: a version built on one this device holds as refused will
 * not be taken until a person deals with that one, so it is refused too, with a reason that says so;
 * the others wait for their parent to come from another device.
 */
export function settleWaiting(
  waiting: readonly Rejection[],
  versionOf: (versionId: string) => Version | undefined,
  refusedIds: ReadonlySet<string>,
): { refused: Rejection[]; waiting: Rejection[] } {
  const refused: Rejection[] = [];
  const still: Rejection[] = [];
  for (const entry of waiting) {
    const parent = versionOf(entry.versionId)?.parents.find((p) => refusedIds.has(p));
    if (parent)
      refused.push({
        versionId: entry.versionId,
        reason: `It is based on version ${parent}, which was refused; deal with that one first and this one will follow.`,
      });
    else still.push(entry);
  }
  return { refused, waiting: still };
}
