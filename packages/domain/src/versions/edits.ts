import { DomainError } from '../errors';
import type { RecordState } from './heads';
import { makeVersion } from './make-version';
import type { Entity, Version } from './version';
import type { WriteContext } from './write-context';

/** A new record: a version with no parents. */
export function createVersion<D>(
  ctx: WriteContext,
  entity: Entity,
  data: D,
  entityId = ctx.newId(),
): Version<D> {
  return makeVersion(ctx, { entity, entityId, parents: [], data, deleted: false });
}

/**
 * An edit of the head the author was looking at. Editing one head of a record in conflict keeps
 * the conflict (the other head is still there): only a resolution ends it.
 */
export function editVersion<D>(ctx: WriteContext, base: Version<D>, data: D): Version<D> {
  if (base.deleted)
    throw new DomainError('This record is deleted. An admin can restore it before it is edited.');
  return makeVersion(ctx, { ...base, parents: [base.versionId], data, deleted: false });
}

/** Soft delete: the same data, hidden. Nothing is removed and a restore brings it back. */
export function softDeleteVersion<D>(ctx: WriteContext, base: Version<D>): Version<D> {
  if (base.deleted) throw new DomainError('This record is already deleted.');
  return makeVersion(ctx, { ...base, parents: [base.versionId], deleted: true });
}

/** Restore a deleted record with the data it had, based on every head so that nothing stays hidden. */
export function restoreVersion<D>(ctx: WriteContext, state: RecordState<D>): Version<D> {
  if (!state.deleted) throw new DomainError('This record is not deleted, so there is nothing to restore.');
  return makeVersion(ctx, {
    ...state.preferred,
    parents: state.heads.map((h) => h.versionId),
    deleted: false,
  });
}
