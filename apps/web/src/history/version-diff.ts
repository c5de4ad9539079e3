import type { Version } from '@registry/domain';

/** One field that differs between an earlier version and a later one. */
export interface FieldChange {
  field: string;
  /** Undefined when the earlier version did not have the field. */
  before?: unknown;
  /** Undefined when the later version no longer has the field. */
  after?: unknown;
}

/** What one version changed compared with one of its parents (a resolution has several). */
export interface VersionChanges {
  /** The parent compared with; absent for a record's first version, compared with nothing. */
  parentId?: string;
  /** The parent is not on this device (not synced here), so the changes cannot be worked out. */
  parentMissing?: boolean;
  changes: FieldChange[];
}

/** JSON with object keys sorted, so that the same value written in another key order is the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const present = (value: unknown) => value !== undefined && value !== null;

/**
 * The fields whose values differ between two versions' data, in the order the later version lists
 * them, then the fields it dropped. Lists and groups (phones, complications) count as one field.
 */
export function dataChanges(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = before[field];
    const is = after[field];
    if (!present(was) && !present(is)) continue;
    if (present(was) && present(is) && canonical(was) === canonical(is)) continue;
    changes.push({
      field,
      ...(present(was) ? { before: was } : {}),
      ...(present(is) ? { after: is } : {}),
    });
  }
  return changes;
}

/**
 * What a version changed compared with each of its parents; a first version is compared with an
 * empty record, so its changes are everything it recorded. Parents are looked up in `byId`.
 */
export function versionChanges(version: Version, byId: ReadonlyMap<string, Version>): VersionChanges[] {
  if (version.parents.length === 0) return [{ changes: dataChanges({}, version.data) }];
  return version.parents.map((parentId) => {
    const parent = byId.get(parentId);
    return parent
      ? { parentId, changes: dataChanges(parent.data, version.data) }
      : { parentId, parentMissing: true, changes: [] };
  });
}
