import type { PatientSummary } from '../local/patient-summary';

/** One line of a worklist: a patient and, for operation lists, the operation it is about. */
export interface WorklistItem {
  summary: PatientSummary;
  /** The operation (surgery episode) the line is about, when the list is about operations. */
  surgeryId?: string;
  /** The date the line is sorted by and shows: the operation, or when the follow-up became due. */
  date?: string;
}

export interface Worklists {
  pendingDischarge: WorklistItem[];
  followUpDue: WorklistItem[];
  incomplete: WorklistItem[];
  conflicts: WorklistItem[];
}

const byDate = (a: WorklistItem, b: WorklistItem) => (a.date ?? '').localeCompare(b.date ?? '');

/**
 * The home screen's worklists from every patient summary on the device (DOMAIN.md, "Worklists a
 * surgeon needs"). A follow-up is listed once it is due on `today`; deleted and merged patients are left
 * out, since their episodes show under the surviving record.
 */
export function buildWorklists(summaries: Iterable<PatientSummary>, today: string): Worklists {
  const lists: Worklists = { pendingDischarge: [], followUpDue: [], incomplete: [], conflicts: [] };
  for (const summary of summaries) {
    if (summary.deleted || summary.patient?.mergedInto) continue;
    for (const op of summary.pendingDischarge)
      lists.pendingDischarge.push({
        summary,
        surgeryId: op.surgeryId,
        ...(op.date ? { date: op.date } : {}),
      });
    for (const op of summary.followUpDue)
      if (!op.dueFrom || op.dueFrom <= today)
        lists.followUpDue.push({ summary, surgeryId: op.surgeryId, date: op.dueFrom ?? '' });
    if (summary.incompleteRecordIds.length > 0)
      lists.incomplete.push({ summary, date: summary.changedAt.slice(0, 10) });
    if (summary.conflictRecordIds.length > 0)
      lists.conflicts.push({ summary, date: summary.changedAt.slice(0, 10) });
  }
  lists.pendingDischarge.sort(byDate);
  lists.followUpDue.sort(byDate);
  lists.incomplete.sort((a, b) => byDate(b, a));
  lists.conflicts.sort((a, b) => byDate(b, a));
  return lists;
}
