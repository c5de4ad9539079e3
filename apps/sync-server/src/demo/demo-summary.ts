import {
  type EpisodeData,
  missingFields,
  type RecordState,
  recordStates,
  type Version,
} from '@registry/domain';

/** Six weeks: after that, a discharged operation without a follow-up is on the follow-up-due list. */
const FOLLOW_UP_DUE_DAYS = 42;

export interface DemoCounts {
  versions: number;
  /** Patient records not deleted, merged ones included. */
  patients: number;
  surgeries: number;
  discharges: number;
  followUps: number;
  logEntries: number;
  inConflict: number;
  deleted: number;
  merged: number;
  pendingDischarge: number;
  followUpOverdue: number;
  /** Records (not deleted) missing a field the reports need. */
  incomplete: number;
}

/** What a set of versions shows, derived the way every device derives it (heads, preferred head). */
export function countDemo(versions: readonly Version[], now: Date): DemoCounts {
  const states = [...recordStates(versions).values()];
  const live = states.filter((s) => !s.deleted);
  const episodes = live.filter((s) => s.entity === 'episode') as RecordState<EpisodeData>[];
  const ofType = (type: EpisodeData['type']) => episodes.filter((s) => s.preferred.data.type === type);
  const surgeries = ofType('surgery');
  const linked = (type: 'discharge' | 'followUp') =>
    new Set(ofType(type).map((s) => (s.preferred.data as { surgeryEpisodeId?: string }).surgeryEpisodeId));
  const discharged = linked('discharge');
  const followed = linked('followUp');
  const dueBefore = new Date(now.getTime() - FOLLOW_UP_DUE_DAYS * 86_400_000).toISOString().slice(0, 10);
  return {
    versions: versions.length,
    patients: live.filter((s) => s.entity === 'patient').length,
    surgeries: surgeries.length,
    discharges: ofType('discharge').length,
    followUps: ofType('followUp').length,
    logEntries: live.filter((s) => s.entity === 'eventLog').length,
    inConflict: states.filter((s) => s.inConflict).length,
    deleted: states.filter((s) => s.deleted).length,
    merged: live.filter((s) => s.entity === 'patient' && s.preferred.data.mergedInto).length,
    pendingDischarge: surgeries.filter((s) => !discharged.has(s.entityId)).length,
    followUpOverdue: surgeries.filter(
      (s) =>
        discharged.has(s.entityId) &&
        !followed.has(s.entityId) &&
        (s.preferred.data.date ?? '9999') <= dueBefore,
    ).length,
    incomplete: live.filter((s) => missingFields(s.entity, s.preferred.data).length > 0).length,
  };
}
