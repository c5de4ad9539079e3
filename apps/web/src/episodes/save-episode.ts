import {
  createVersion,
  type EpisodeType,
  editVersion,
  type RecordState,
  type SurgeryReference,
  softDeleteVersion,
  type Version,
} from '@registry/domain';
import type { Writer } from '../app/use-writer';
import type { AnyState } from '../local/patient-summary';
import type { EpisodeFormValues } from './episode-form-values';
import { episodeToData } from './episode-to-data';
import { type LogEntryFormValues, type LogEntryOwner, logEntryToData } from './log-entry-values';

export type SaveOutcome = { ok: true; entityId: string } | { ok: false; problems: string[] };

export interface SaveEpisodeInput {
  type: EpisodeType;
  values: Partial<EpisodeFormValues>;
  patientId: string;
  /** The chart's records, to find the operation a discharge or follow-up names. */
  states: ReadonlyMap<string, AnyState>;
  /** The head the person was editing; absent for a new episode. */
  base?: Version | undefined;
}

/** The linked operation's date, so that a discharge or follow-up dated before it is refused. */
export function surgeryReference(states: ReadonlyMap<string, AnyState>, data: Record<string, unknown>) {
  const id = data.surgeryEpisodeId;
  const date = typeof id === 'string' ? states.get(id)?.preferred.data.date : undefined;
  return typeof date === 'string' ? ({ date } satisfies SurgeryReference) : undefined;
}

/** A problem that is not the data's fault (storage full, record deleted meanwhile), said as it is. */
export function failure(error: unknown): SaveOutcome {
  return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
}

/**
 * Checks the form's answers as the server will and, if nothing is impossible, saves a new version on
 * the device (never waiting for the network). Editing a record in conflict edits the head shown;
 * the other head stays, so the conflict stays until a coordinator resolves it.
 */
export async function saveEpisode(writer: Writer, input: SaveEpisodeInput): Promise<SaveOutcome> {
  const { type, values, states, base } = input;
  const owner = base?.data.patientId;
  const data = episodeToData(type, values, typeof owner === 'string' ? owner : input.patientId);
  const result = writer.check('episode', data, surgeryReference(states, data));
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => p.message) };
  try {
    const ctx = writer.context();
    const version = base ? editVersion(ctx, base, result.data) : createVersion(ctx, 'episode', result.data);
    await writer.save(version as Version);
    return { ok: true, entityId: version.entityId };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Soft delete: hides the record, erases nothing. Every live head is deleted, since a record stays
 * visible while any head is live (an edit made alongside a deletion must not vanish).
 */
export async function softDeleteRecord(writer: Writer, state: RecordState): Promise<SaveOutcome> {
  try {
    const ctx = writer.context();
    const versions = state.heads.filter((h) => !h.deleted).map((h) => softDeleteVersion(ctx, h));
    await writer.save(versions);
    return { ok: true, entityId: state.entityId };
  } catch (error) {
    return failure(error);
  }
}

/** Adds a log entry to an episode's log, after the same check the server makes. */
export async function saveLogEntry(
  writer: Writer,
  values: Partial<LogEntryFormValues>,
  owner: LogEntryOwner,
): Promise<SaveOutcome> {
  const result = writer.check('eventLog', logEntryToData(values, owner));
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => p.message) };
  try {
    const version = createVersion(writer.context(), 'eventLog', result.data);
    await writer.save(version as Version);
    return { ok: true, entityId: version.entityId };
  } catch (error) {
    return failure(error);
  }
}
