import type { SessionUser } from '@registry/domain';
import type { AnyState } from '../local/patient-summary';

// What the episode screens need to know about the rest of a patient's chart.

type States = ReadonlyMap<string, AnyState>;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Latest first: by date, then by when it was written; undated ones last. */
function latestFirst(a: AnyState, b: AnyState): number {
  const da = text(a.preferred.data.date) ?? '';
  const db = text(b.preferred.data.date) ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return Date.parse(b.preferred.createdAt) - Date.parse(a.preferred.createdAt);
}

/** The patient's operations that are not deleted, latest first. */
export function operationsOf(states: States): AnyState[] {
  return [...states.values()]
    .filter((s) => s.entity === 'episode' && !s.deleted && s.preferred.data.type === 'surgery')
    .sort(latestFirst);
}

/**
 * The operation a new discharge or follow-up belongs to: the one asked for (`?surgery=`) when it is
 * an operation of this chart, else the latest one, else none.
 */
export function defaultSurgeryId(states: States, requested: string | null | undefined): string {
  const operations = operationsOf(states);
  const asked = operations.find((s) => s.entityId === requested);
  return (asked ?? operations[0])?.entityId ?? '';
}

/**
 * Where a new episode most likely happened: the operation's hospital for a discharge or follow-up,
 * else a surgeon's first hospital, else (coordinators entering backlogs) the patient's own.
 */
export function defaultHospitalId(
  user: Pick<SessionUser, 'role' | 'hospitalIds'>,
  patientHospitalId: unknown,
  surgeryHospitalId?: unknown,
): string {
  const own = user.hospitalIds[0];
  const patient = text(patientHospitalId);
  const surgery = text(surgeryHospitalId);
  const allowed = (id: string | undefined) =>
    id && (user.role !== 'surgeon' || user.hospitalIds.includes(id));
  if (allowed(surgery)) return surgery as string;
  if (user.role === 'surgeon') return own ?? patient ?? '';
  return patient ?? own ?? '';
}

/** An episode's log entries that are not deleted, in the order they happened (undated ones last). */
export function logEntriesOf(states: States, episodeId: string): AnyState[] {
  return [...states.values()]
    .filter((s) => s.entity === 'eventLog' && !s.deleted && s.preferred.data.episodeId === episodeId)
    .sort((a, b) => {
      const ta = text(a.preferred.data.at) ?? '\uffff';
      const tb = text(b.preferred.data.at) ?? '\uffff';
      if (ta !== tb) return ta < tb ? -1 : 1;
      return Date.parse(a.preferred.createdAt) - Date.parse(b.preferred.createdAt);
    });
}
