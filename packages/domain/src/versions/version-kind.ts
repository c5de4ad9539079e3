import type { Version } from './version';

/** What a version does to its record; the permission rules decide by kind. */
export type VersionKind = 'create' | 'edit' | 'delete' | 'restore' | 'resolve' | 'merge' | 'unmerge';

const mergedInto = (v: Version): unknown => v.data.mergedInto;

/**
 * Classifies a version against the parents it names (all of which must be known). A version that
 * undeletes a record whose every parent was deleted is a restore, whatever else it changes.
 */
export function versionKind(version: Version, parents: readonly Version[]): VersionKind {
  if (version.parents.length === 0) return 'create';
  if (!version.deleted && parents.length > 0 && parents.every((p) => p.deleted)) return 'restore';
  if (version.parents.length > 1) return 'resolve';
  const [parent] = parents;
  if (!parent) return 'edit';
  if (version.deleted && !parent.deleted) return 'delete';
  if (version.entity === 'patient' && mergedInto(version) !== mergedInto(parent)) {
    return mergedInto(version) ? 'merge' : 'unmerge';
  }
  return 'edit';
}
