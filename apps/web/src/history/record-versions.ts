import type { Version } from '@registry/domain';

/** One record's versions out of its chart, newest first (by instant, then by id, as heads are ranked). */
export function recordVersionsNewestFirst(chart: readonly Version[], entityId: string): Version[] {
  const seen = new Set<string>();
  return chart
    .filter((v) => v.entityId === entityId && !seen.has(v.versionId) && seen.add(v.versionId))
    .sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.versionId < b.versionId ? 1 : -1),
    );
}

/**
 * The fields of several versions' data in the order they first appear, so that side-by-side columns
 * list the same fields in the same rows.
 */
export function fieldsOf(versions: readonly Version[]): string[] {
  const fields = new Set<string>();
  for (const v of versions) for (const field of Object.keys(v.data)) fields.add(field);
  return [...fields];
}
