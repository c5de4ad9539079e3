import {
  missingFields,
  type RecordState,
  type ReviewRecord,
  reviewRecordOf,
  type Version,
} from '@registry/domain';
import { chartStates } from '../local/patient-summary';

/** A patient or an episode as the review tables, reports and restore list show it. */
export interface ReviewEntry extends ReviewRecord {
  /** The chart (patient) the record belongs to: the patient's own id for a patient. */
  patientId: string;
  /** The patient's name (its preferred head's), for episode rows; undefined when not on the device. */
  patientName: string | undefined;
  missingCount: number;
  /** Heads competing: more than one means a conflict. */
  headCount: number;
  /** Who wrote the preferred head and when (for a deleted record: who deleted it, and when). */
  changedBy: string;
  changedAt: string;
}

/** The review entries of one chart: its patient (when on the device) and its episodes. */
export function reviewEntriesOfChart(patientId: string, versions: readonly Version[]): ReviewEntry[] {
  const states = chartStates(versions);
  const firstCreatedAt = new Map<string, string>();
  for (const v of versions) {
    const held = firstCreatedAt.get(v.entityId);
    if (held === undefined || v.createdAt < held) firstCreatedAt.set(v.entityId, v.createdAt);
  }
  const name = states.get(patientId)?.preferred.data.fullName;
  const patientName = typeof name === 'string' ? name : undefined;
  const entries: ReviewEntry[] = [];
  for (const state of states.values()) {
    const entry = entryOf(state, firstCreatedAt.get(state.entityId), patientId, patientName);
    if (entry) entries.push(entry);
  }
  return entries;
}

function entryOf(
  state: RecordState<Record<string, unknown>>,
  firstCreatedAt: string | undefined,
  patientId: string,
  patientName: string | undefined,
): ReviewEntry | undefined {
  const record = reviewRecordOf(state, firstCreatedAt);
  if (!record) return undefined;
  return {
    ...record,
    patientId,
    patientName,
    missingCount: missingFields(record.entity, record.data).length,
    headCount: state.heads.length,
    changedBy: state.preferred.authorId,
    changedAt: state.preferred.createdAt,
  };
}
