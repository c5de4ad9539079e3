import type { Entity } from '../versions/version';
import { type EpisodeData, episodeDataSchema, type SurgeryReference } from './episode';
import { type EventLogData, eventLogDataSchema } from './event-log';
import type { RecordKind } from './field-labels';
import { type Hospital, hospitalSchema } from './hospital';
import { isPlainObject } from './normalize-input';
import { type PatientData, patientDataSchema } from './patient';
import { type Problem, parseWithProblems, type ValidationResult } from './problems';
import { type StaffMember, staffMemberSchema } from './staff-member';
import { episodeTimeProblems, eventLogTimeProblems, patientTimeProblems } from './time-rules';

export interface RecordDataByEntity {
  patient: PatientData;
  episode: EpisodeData;
  eventLog: EventLogData;
}
export type RecordData = RecordDataByEntity[Entity];

export const RECORD_DATA_SCHEMAS = {
  patient: patientDataSchema,
  episode: episodeDataSchema,
  eventLog: eventLogDataSchema,
} as const;

export interface ValidationContext {
  /** The validating clock: "in the future" is judged against it (with a day of slack). */
  now: Date;
  /** The linked surgery episode's data, when the caller has it, to refuse a discharge or follow-up dated before it. */
  surgery?: SurgeryReference | undefined;
}

/**
 * The one check of a version's `data`, used by forms before saving and by the server on push.
 * On success `data` is what to store: trimmed, with blank fields removed.
 */
export function validateRecordData<E extends Entity>(
  entity: E,
  data: unknown,
  context: ValidationContext,
): ValidationResult<RecordDataByEntity[E]> {
  return validate(entity, data, context) as ValidationResult<RecordDataByEntity[E]>;
}

function validate(
  entity: Entity,
  data: unknown,
  { now, surgery }: ValidationContext,
): ValidationResult<RecordData> {
  switch (entity) {
    case 'patient':
      return withProblems(parseWithProblems(patientDataSchema, data, { kind: entity }), (patient) =>
        patientTimeProblems(patient, now),
      );
    case 'episode': {
      const labels = { kind: entity, episodeType: isPlainObject(data) ? data.type : undefined };
      return withProblems(parseWithProblems(episodeDataSchema, data, labels), (episode) =>
        episodeTimeProblems(episode, now, surgery),
      );
    }
    case 'eventLog':
      return withProblems(parseWithProblems(eventLogDataSchema, data, { kind: entity }), (entry) =>
        eventLogTimeProblems(entry, now),
      );
  }
}

function withProblems<T>(parsed: ValidationResult<T>, rules: (data: T) => Problem[]): ValidationResult<T> {
  if (!parsed.ok) return parsed;
  const problems = rules(parsed.data);
  return problems.length === 0 ? parsed : { ok: false, problems };
}

export interface ReferenceDataByKind {
  hospital: Hospital;
  staffMember: StaffMember;
}

/** Reference data has no time rules; this gives admin screens and routes the same readable refusals. */
export function validateReferenceData<K extends keyof ReferenceDataByKind>(
  kind: K,
  data: unknown,
): ValidationResult<ReferenceDataByKind[K]> {
  const schema = kind === 'hospital' ? hospitalSchema : staffMemberSchema;
  return parseWithProblems(schema, data, { kind: kind satisfies RecordKind }) as ValidationResult<
    ReferenceDataByKind[K]
  >;
}
