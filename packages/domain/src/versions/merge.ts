import { DomainError } from '../errors';
import type { RecordState } from './heads';
import { makeVersion } from './make-version';
import type { Version } from './version';
import type { WriteContext } from './write-context';

type PatientLike = Record<string, unknown> & { mergedInto?: string };

/**
 * Merges a duplicate patient into a survivor: a version of the duplicate naming the survivor.
 * Nothing is deleted: the duplicate's episodes then show under the survivor, and unmerge undoes it.
 * A record in conflict is refused, because a merge would silently pick one of its sides.
 */
export function mergePatientVersion<D extends PatientLike>(
  ctx: WriteContext,
  duplicate: RecordState<D>,
  survivorId: string,
): Version<D> {
  if (duplicate.entity !== 'patient') throw new DomainError('Only patients can be merged.');
  if (survivorId === duplicate.entityId) throw new DomainError('A patient cannot be merged into itself.');
  if (duplicate.inConflict) throw new DomainError('Resolve the conflict on this patient before merging it.');
  if (duplicate.deleted) throw new DomainError('This patient is deleted; restore it before merging it.');
  const base = duplicate.preferred;
  if (base.data.mergedInto)
    throw new DomainError('This patient is already merged into another; unmerge it first.');
  return makeVersion(ctx, {
    ...base,
    parents: [base.versionId],
    data: { ...base.data, mergedInto: survivorId },
  });
}

/** Undoes a merge: the duplicate's data as it was, without `mergedInto`. */
export function unmergePatientVersion<D extends PatientLike>(
  ctx: WriteContext,
  merged: RecordState<D>,
): Version<D> {
  if (merged.inConflict) throw new DomainError('Resolve the conflict on this patient before unmerging it.');
  const base = merged.preferred;
  if (!base.data.mergedInto)
    throw new DomainError('This patient is not merged, so there is nothing to undo.');
  const { mergedInto: _dropped, ...data } = base.data;
  return makeVersion(ctx, { ...base, parents: [base.versionId], data: data as D });
}

/**
 * Follows `mergedInto` links to the patient that survives. A chain that loops (two coordinators
 * merging each into the other while offline) ends at the smallest id on the loop, so every device
 * picks the same survivor.
 */
export function survivingPatientId(
  patientId: string,
  mergedIntoOf: (id: string) => string | undefined,
): string {
  const path: string[] = [];
  const seen = new Set<string>();
  let current = patientId;
  while (!seen.has(current)) {
    seen.add(current);
    path.push(current);
    const next = mergedIntoOf(current);
    if (!next) return current;
    current = next;
  }
  const loop = path.slice(path.indexOf(current));
  // Ids are compared as text (UUIDv7 text order is creation order); Math.min would not do.
  return [...loop].sort()[0] ?? current;
}

type DismissLike = Record<string, unknown> & { notDuplicateOf?: string[] };

/**
 * "Not the same person": a version of one patient naming the other in `notDuplicateOf`, so the pair
 * is never offered again on any device. An edit like any other; the rest of the record is unchanged.
 */
export function dismissDuplicateVersion<D extends DismissLike>(
  ctx: WriteContext,
  patient: RecordState<D>,
  otherId: string,
): Version<D> {
  if (patient.entity !== 'patient') throw new DomainError('Only patients can be duplicates.');
  if (otherId === patient.entityId) throw new DomainError('A patient cannot be a duplicate of itself.');
  const base = patient.preferred;
  const dismissed = base.data.notDuplicateOf ?? [];
  if (dismissed.includes(otherId)) throw new DomainError('This pair was already marked as two people.');
  return makeVersion(ctx, {
    ...base,
    parents: [base.versionId],
    data: { ...base.data, notDuplicateOf: [...dismissed, otherId] },
  });
}
