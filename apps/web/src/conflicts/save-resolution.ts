import { resolveConflictVersion, type Version } from '@registry/domain';
import type { Writer } from '../app/use-writer';
import { failure, type SaveOutcome, surgeryReference } from '../episodes/save-episode';
import type { AnyState } from '../local/patient-summary';
import { type Resolution, resolvedRecord } from './resolution';

/**
 * Saves a coordinator's resolution as one new version whose parents are every head (SYNC.md): the
 * conflict ends on this device at once and everywhere once it syncs. The chosen data is checked as
 * any save is; a deleted result keeps the data so a restore brings it back whole.
 */
export async function saveResolution(
  writer: Writer,
  state: AnyState,
  resolution: Resolution,
  states: ReadonlyMap<string, AnyState>,
): Promise<SaveOutcome> {
  const { data, deleted } = resolvedRecord(state, resolution);
  const result = writer.check(state.entity, data, surgeryReference(states, data));
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => p.message) };
  try {
    const version = resolveConflictVersion(
      writer.context(),
      state,
      result.data as Record<string, unknown>,
      deleted,
    );
    await writer.save(version as Version);
    return { ok: true, entityId: version.entityId };
  } catch (error) {
    return failure(error);
  }
}
