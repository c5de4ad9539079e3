import { DomainError } from '../errors';
import type { RecordState } from './heads';
import { makeVersion } from './make-version';
import type { Version } from './version';
import type { WriteContext } from './write-context';

/**
 * Ends a conflict: a version whose parents are all the heads. `data` is what the person chose,
 * one side whole or a field-by-field mix (see pickFields).
 */
export function resolveConflictVersion<D>(
  ctx: WriteContext,
  state: RecordState<D>,
  data: D,
  deleted = false,
): Version<D> {
  if (!state.inConflict) throw new DomainError('This record has no conflict to resolve.');
  return makeVersion(ctx, {
    ...state.preferred,
    parents: state.heads.map((h) => h.versionId),
    data,
    deleted,
  });
}

/**
 * Field-by-field resolution: start from `base` and take each named field from the head chosen for it.
 * A field absent in the chosen head is absent in the result, so choosing "their empty value" works.
 */
export function pickFields<D extends Record<string, unknown>>(
  heads: readonly Version<D>[],
  baseVersionId: string,
  choices: Readonly<Record<string, string>>,
): D {
  const byId = new Map(heads.map((h) => [h.versionId, h]));
  const base = byId.get(baseVersionId);
  if (!base) throw new DomainError('The chosen version is not one of the sides of this conflict.');
  const result: Record<string, unknown> = { ...base.data };
  for (const [field, versionId] of Object.entries(choices)) {
    const from = byId.get(versionId);
    if (!from)
      throw new DomainError(`The version chosen for "${field}" is not one of the sides of this conflict.`);
    if (field in from.data) result[field] = from.data[field];
    else delete result[field];
  }
  return result as D;
}

/** The fields whose values differ between heads, for showing a conflict side by side. */
export function differingFields(heads: readonly Version<Record<string, unknown>>[]): string[] {
  const fields = new Set<string>();
  for (const h of heads) for (const f of Object.keys(h.data)) fields.add(f);
  return [...fields]
    .filter((f) => new Set(heads.map((h) => JSON.stringify(h.data[f] ?? null))).size > 1)
    .sort();
}
