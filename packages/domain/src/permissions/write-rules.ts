import type { Version } from '../versions/version';
import { type VersionKind, versionKind } from '../versions/version-kind';
import { type Actor, hasRole, type Role } from './roles';
import { canSeeRecord } from './visibility';

/** The least role that may save each kind of version (DOMAIN.md, Roles). */
export const ROLE_FOR_KIND: Record<VersionKind, Role> = {
  create: 'surgeon',
  edit: 'surgeon',
  delete: 'surgeon',
  resolve: 'coordinator',
  merge: 'coordinator',
  unmerge: 'coordinator',
  restore: 'admin',
};

const KIND_WORDS: Record<VersionKind, string> = {
  create: 'create records',
  edit: 'edit records',
  delete: 'delete records',
  resolve: 'resolve conflicts',
  merge: 'merge patients',
  unmerge: 'undo patient merges',
  restore: 'restore deleted records',
};

export type WriteDecision = { ok: true; kind: VersionKind } | { ok: false; reason: string };

/**
 * May `actor` save `version`, given the parent versions it names (all known)? The reason is shown to
 * the person whose device holds the refused version, so it says what to do.
 * `importing`: an admin loading the export file of a device that never reconnected may push versions
 * authored by others (SYNC.md: no one signs for someone else, except in that case).
 */
export function checkWrite(
  actor: Actor,
  version: Version,
  parents: readonly Version[],
  options: { importing?: boolean } = {},
): WriteDecision {
  if (!actor.active)
    return { ok: false, reason: 'Your account is deactivated. Ask an admin to reactivate it.' };
  if (version.authorId !== actor.id && !(options.importing && hasRole(actor.role, 'admin'))) {
    return {
      ok: false,
      reason:
        'This version was saved by another user. Sign in as that user to send it, or ask an admin to import it.',
    };
  }
  const kind = versionKind(version, parents);
  const needed = ROLE_FOR_KIND[kind];
  if (!hasRole(actor.role, needed)) {
    return {
      ok: false,
      reason: `Only ${needed}s and above may ${KIND_WORDS[kind]}. Ask a ${needed} to do it.`,
    };
  }
  for (const v of [version, ...parents]) {
    if (!canSeeRecord(actor, v.entity, v.data)) {
      return {
        ok: false,
        reason:
          'This record belongs to a hospital you are not a member of. Ask an admin to add you to that hospital.',
      };
    }
  }
  return { ok: true, kind };
}
