import { missingFields } from '../records/missing-fields';
import type { RecordState } from '../versions/heads';

/** Days after discharge (or the operation, when no discharge date is known) before a follow-up is due. */
export const FOLLOW_UP_DUE_DAYS = 42;

/** An operation that still waits for something (DOMAIN.md, "Worklists a surgeon needs"). */
export interface OpenOperation {
  surgeryId: string;
  /** The operation's date, when recorded. */
  date?: string;
  hospitalId?: string;
}

export interface FollowUpDue extends OpenOperation {
  /** The first day the follow-up is due (YYYY-MM-DD); absent when no date is known to count from. */
  dueFrom?: string;
}

/** Where one patient's chart stands in the worklists; derived from record states and nothing else. */
export interface PatientWorklist {
  pendingDischarge: OpenOperation[];
  followUpDue: FollowUpDue[];
  /** Live records of the chart (patient, episodes, log entries) still missing fields the reports need. */
  incompleteRecordIds: string[];
  /** Records of the chart with more than one head. */
  conflictRecordIds: string[];
}

type State = RecordState<Record<string, unknown>>;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Adds whole days to a YYYY-MM-DD date, in UTC so that no time zone moves it. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The worklist entries of one patient's chart: every record state of the patient, its episodes and
 * their log entries. Deleted records count for nothing; a discharge or follow-up names its operation
 * by `surgeryEpisodeId`.
 */
export function patientWorklist(states: Iterable<State>): PatientWorklist {
  // Sorted by record id, so that the lists depend only on the set of versions, not on the order in
  // which a device received them: every device shows the same worklists.
  const live = [...states]
    .filter((s) => !s.deleted)
    .sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
  const episodes = live
    .filter((s) => s.entity === 'episode')
    .map((s) => ({ id: s.entityId, data: s.preferred.data }));
  const dischargeOf = new Map<string, Record<string, unknown>>();
  const followedUp = new Set<string>();
  for (const e of episodes) {
    const surgeryId = text(e.data.surgeryEpisodeId);
    if (!surgeryId) continue;
    if (e.data.type === 'discharge' && !dischargeOf.has(surgeryId)) dischargeOf.set(surgeryId, e.data);
    if (e.data.type === 'followUp') followedUp.add(surgeryId);
  }

  const pendingDischarge: OpenOperation[] = [];
  const followUpDue: FollowUpDue[] = [];
  for (const e of episodes) {
    if (e.data.type !== 'surgery') continue;
    const operation: OpenOperation = { surgeryId: e.id };
    const date = text(e.data.date);
    const hospitalId = text(e.data.hospitalId);
    if (date) operation.date = date;
    if (hospitalId) operation.hospitalId = hospitalId;
    const discharge = dischargeOf.get(e.id);
    if (!discharge) {
      pendingDischarge.push(operation);
    } else if (!followedUp.has(e.id)) {
      const from = text(discharge.date) ?? date;
      followUpDue.push(from ? { ...operation, dueFrom: addDays(from, FOLLOW_UP_DUE_DAYS) } : operation);
    }
  }

  return {
    pendingDischarge,
    followUpDue,
    incompleteRecordIds: live
      .filter((s) => missingFields(s.entity, s.preferred.data).length > 0)
      .map((s) => s.entityId),
    conflictRecordIds: live.filter((s) => s.inConflict).map((s) => s.entityId),
  };
}
