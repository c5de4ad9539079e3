import { differingFields, pickFields, type RecordState, type Version } from '@registry/domain';

type Data = Record<string, unknown>;

/**
 * What a coordinator chose for a conflict: which side each differing field comes from, and which
 * side's "deleted" to keep when one side deleted the record and another edited it.
 */
export interface Resolution {
  /** Differing field → versionId of the side chosen for it. */
  fields: Record<string, string>;
  /** versionId of the side whose deleted flag is kept. */
  deletedFrom: string;
}

/** The starting point: every field and the deleted flag from the head lists show (the preferred one). */
export function initialResolution(state: RecordState<Data>): Resolution {
  const preferred = state.preferred.versionId;
  return {
    fields: Object.fromEntries(differingFields(state.heads).map((field) => [field, preferred])),
    deletedFrom: preferred,
  };
}

/** Every differing field taken from one side: "keep this version whole". */
export function wholeSide(state: RecordState<Data>, versionId: string): Resolution {
  return {
    fields: Object.fromEntries(differingFields(state.heads).map((field) => [field, versionId])),
    deletedFrom: versionId,
  };
}

/** Whether the heads disagree on deletion, so that the person must choose. */
export function deletionDiffers(heads: readonly Version[]): boolean {
  return new Set(heads.map((h) => h.deleted)).size > 1;
}

/** The data and deleted flag the resolving version will carry. */
export function resolvedRecord(
  state: RecordState<Data>,
  resolution: Resolution,
): { data: Data; deleted: boolean } {
  const data = pickFields(state.heads, state.preferred.versionId, resolution.fields);
  const side = state.heads.find((h) => h.versionId === resolution.deletedFrom) ?? state.preferred;
  return { data, deleted: side.deleted };
}
