import type { Version } from '@registry/domain';

/** A serialisation that does not depend on key order, to tell a true duplicate from a clash of ids. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two versions with one id say the same thing (seq and receivedAt are not part of identity). */
export function sameVersion(a: Version, b: Version): boolean {
  const identity = (v: Version) =>
    canonicalJson({
      versionId: v.versionId,
      entity: v.entity,
      entityId: v.entityId,
      parents: [...v.parents].sort(),
      data: v.data,
      deleted: v.deleted,
      authorId: v.authorId,
      deviceId: v.deviceId,
      createdAt: v.createdAt,
      schema: v.schema,
    });
  return identity(a) === identity(b);
}
