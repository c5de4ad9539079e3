import type { Version } from '@registry/domain';
import { type AnyState, chartStates } from '../local/patient-summary';

/** One record in conflict, as the queue lists it. */
export interface QueuedConflict {
  patientId: string;
  state: AnyState;
  /** Every record of its chart, for naming a log entry by its episode. */
  states: ReadonlyMap<string, AnyState>;
  /** The newest side's time: when the conflict arose, as far as this device knows. */
  lastChangedAt: string;
  /** Who wrote the sides, each once. */
  authorIds: string[];
}

/**
 * The records in conflict of these charts, oldest conflict first (ties by record id, so every device
 * lists them in the same order). Deleted records are left out unless a side is live.
 */
export function conflictQueue(charts: ReadonlyMap<string, readonly Version[]>): QueuedConflict[] {
  const queue: QueuedConflict[] = [];
  for (const [patientId, versions] of charts) {
    const states = chartStates(versions);
    for (const state of states.values()) {
      if (!state.inConflict || state.deleted) continue;
      let lastChangedAt = '';
      for (const head of state.heads) if (head.createdAt > lastChangedAt) lastChangedAt = head.createdAt;
      queue.push({
        patientId,
        state,
        states,
        lastChangedAt,
        authorIds: [...new Set(state.heads.map((h) => h.authorId))],
      });
    }
  }
  return queue.sort(
    (a, b) =>
      a.lastChangedAt.localeCompare(b.lastChangedAt) || a.state.entityId.localeCompare(b.state.entityId),
  );
}
