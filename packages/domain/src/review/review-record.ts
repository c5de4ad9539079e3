import type { EpisodeType } from '../lists/episode-types';
import type { RecordState } from '../versions/heads';

/**
 * A patient or an episode as the review tables, the reports and the exports see it: the preferred
 * head's data (SYNC.md) with the record's state. The device builds these from its charts and the
 * server from its `records` projection, so that a filter means the same on the screen and in a file.
 */
export interface ReviewRecord {
  entity: 'patient' | 'episode';
  entityId: string;
  data: Readonly<Record<string, unknown>>;
  /** An episode's hospital; a patient's registering hospital. */
  hospitalId: string | undefined;
  /** YYYY-MM-DD: an episode's date; for a patient, the day it was registered (its first version). */
  date: string | undefined;
  inConflict: boolean;
  deleted: boolean;
  /** How many fields the reports need are missing, when already counted (see missingFields). */
  missingCount?: number;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The review record of a patient or episode state; undefined for log entries. `firstCreatedAt` is the
 * `createdAt` of the record's first version (when a patient was registered, by the device's clock).
 */
export function reviewRecordOf(
  state: RecordState<Record<string, unknown>>,
  firstCreatedAt?: string,
): ReviewRecord | undefined {
  if (state.entity !== 'patient' && state.entity !== 'episode') return undefined;
  const data = state.preferred.data;
  const patient = state.entity === 'patient';
  return {
    entity: state.entity,
    entityId: state.entityId,
    data,
    hospitalId: text(patient ? data.registeredHospitalId : data.hospitalId),
    date: patient ? firstCreatedAt?.slice(0, 10) : text(data.date),
    inConflict: state.inConflict,
    deleted: state.deleted,
  };
}

/** The episode type of a review record, when it is an episode with a known type. */
export function episodeTypeOf(record: ReviewRecord): EpisodeType | undefined {
  const type = record.data.type;
  return record.entity === 'episode' && (type === 'surgery' || type === 'discharge' || type === 'followUp')
    ? type
    : undefined;
}
