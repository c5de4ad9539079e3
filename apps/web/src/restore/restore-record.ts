import { type RecordState, restoreVersion } from '@registry/domain';
import type { Writer } from '../app/use-writer';
import { failure, type SaveOutcome } from '../episodes/save-episode';

/**
 * The mirror of a soft delete: one new version with the data the record had, naming every head as
 * its parent, so that no deleted head stays hidden and a conflict of deletions ends. Nothing is
 * rewritten, so the record's history stays whole. Only admins may (the server checks it again).
 */
export async function restoreRecord(writer: Writer, state: RecordState): Promise<SaveOutcome> {
  try {
    await writer.save(restoreVersion(writer.context(), state));
    return { ok: true, entityId: state.entityId };
  } catch (error) {
    return failure(error);
  }
}
