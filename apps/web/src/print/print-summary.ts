import type { PatientData } from '@registry/domain';
import { type DetailLookups, type DetailRow, episodeDetailRows } from '../episodes/episode-details';
import { lengthOfStayText } from '../episodes/length-of-stay-text';
import { codeLabel, type Translate } from '../episodes/list-labels';
import type { AnyState } from '../local/patient-summary';
import { episodesNewestFirst } from '../patients/episode-order';
import { ageWords } from '../patients/patient-age';
import { patientFieldLabel } from '../patients/patient-field-label';
import { recordTitle } from '../patients/record-title';

/** One record as the paper shows it: a heading, its fields in words, and what to beware of. */
export interface PrintedRecord {
  id: string;
  title: string;
  rows: DetailRow[];
  /** Several versions compete; the preferred one is printed. */
  inConflict: boolean;
  /** Some change of it is still on this device only (waiting to sync, or refused). */
  unsynced: boolean;
}

/** An operation with its discharge and follow-ups, in the order they happened. */
export interface PrintedOperation extends PrintedRecord {
  followOns: PrintedRecord[];
}

export interface PrintSummary {
  /** The patient's details; undefined when the patient record is not on this device. */
  patient: PrintedRecord | undefined;
  deleted: boolean;
  merged: boolean;
  /** Newest first, as on the patient page. */
  operations: PrintedOperation[];
  /** Discharges and follow-ups whose operation is not printed (deleted, or not on the device). */
  unlinked: PrintedRecord[];
  /** How many printed records are in conflict, and how many have changes not yet synced. */
  conflicts: number;
  unsynced: number;
}

export interface PrintOptions {
  language: string;
  now: Date;
  /** Records with a version in the outbox (waiting to sync or refused). */
  unsyncedIds: ReadonlySet<string>;
}

type States = ReadonlyMap<string, AnyState>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The patient's details, every field the paper file asks for: a blank is printed as "not recorded"
 * (as on the patient page), so the reader knows it was not forgotten in printing.
 */
function patientRows(
  t: Translate,
  patient: Partial<PatientData>,
  lookups: DetailLookups,
  now: Date,
): DetailRow[] {
  const phones = (patient.phones ?? []).flatMap((phone, index) => {
    const value = [text(phone.number), text(phone.comment) && `(${text(phone.comment)})`]
      .filter(Boolean)
      .join(' ');
    return value ? [{ field: `phones.${index}`, label: patientFieldLabel(t, `phones.${index}`), value }] : [];
  });
  const hospital = text(patient.registeredHospitalId);
  const rows: DetailRow[] = [
    { field: 'fullName', label: patientFieldLabel(t, 'fullName'), value: text(patient.fullName) ?? '' },
    {
      field: 'gender',
      label: patientFieldLabel(t, 'gender'),
      value: codeLabel(t, 'gender', patient.gender),
    },
    {
      field: 'age',
      label: t('patients:page.ageAndBirth'),
      value: ageWords(t, patient, now, lookups.date) ?? '',
    },
    { field: 'nationalId', label: patientFieldLabel(t, 'nationalId'), value: text(patient.nationalId) ?? '' },
    {
      field: 'hospitalNumber',
      label: patientFieldLabel(t, 'hospitalNumber'),
      value: text(patient.hospitalNumber) ?? '',
    },
    ...(phones.length > 0 ? phones : [{ field: 'phones', label: patientFieldLabel(t, 'phones'), value: '' }]),
    { field: 'address', label: patientFieldLabel(t, 'address'), value: text(patient.address) ?? '' },
    {
      field: 'registeredHospitalId',
      label: patientFieldLabel(t, 'registeredHospitalId'),
      value: hospital ? lookups.hospitalName(hospital) : '',
    },
  ];
  const notes = text(patient.notes);
  if (notes) rows.push({ field: 'notes', label: patientFieldLabel(t, 'notes'), value: notes });
  const notRecorded = t('patients:page.notRecorded');
  return rows.map((row) => (row.value === '' ? { ...row, value: notRecorded } : row));
}

/**
 * An episode's fields in words (the episode page's own rows). A discharge also says how long the
 * patient stayed; under its operation it does not name the operation again.
 */
function episodeRows(
  t: Translate,
  state: AnyState,
  states: States,
  lookups: DetailLookups,
  nested: boolean,
): DetailRow[] {
  const data = state.preferred.data;
  const rows = episodeDetailRows(t, data, lookups).filter(
    (row) => !(nested && row.field === 'surgeryEpisodeId'),
  );
  if (data.type === 'discharge' && typeof data.surgeryEpisodeId === 'string') {
    const stay = lengthOfStayText(t, states.get(data.surgeryEpisodeId)?.preferred.data.date, data.date);
    const after = rows.findIndex((row) => row.field === 'date') + 1;
    if (stay)
      rows.splice(after, 0, { field: 'lengthOfStay', label: t('episodes:page.lengthOfStay'), value: stay });
  }
  return rows;
}

/** Oldest date first and undated last: a discharge and its follow-ups read as they happened. */
function oldestFirst(a: AnyState, b: AnyState): number {
  const da = text(a.preferred.data.date);
  const db = text(b.preferred.data.date);
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return Date.parse(a.preferred.createdAt) - Date.parse(b.preferred.createdAt);
}

/**
 * Everything the paper file needs of one patient's chart, in words: the patient's details, each live
 * operation with its discharge and follow-ups, and what was left without its operation. Deleted
 * episodes are left out, as on the patient page; conflicts and unsynced changes are counted so the
 * paper can say that it may not be the last word.
 */
export function printSummary(
  t: Translate,
  states: States,
  patientId: string,
  lookups: DetailLookups,
  { language, now, unsyncedIds }: PrintOptions,
): PrintSummary {
  const printed: PrintedRecord[] = [];
  const record = (state: AnyState, rows: DetailRow[]): PrintedRecord => {
    const one = {
      id: state.entityId,
      title: recordTitle(t, state, language, states),
      rows,
      inConflict: state.inConflict,
      unsynced: unsyncedIds.has(state.entityId),
    };
    printed.push(one);
    return one;
  };

  const own = states.get(patientId);
  const patientState = own?.entity === 'patient' ? own : undefined;
  const data = patientState?.preferred.data as Partial<PatientData> | undefined;
  const patient = patientState && data ? record(patientState, patientRows(t, data, lookups, now)) : undefined;

  const episodes = episodesNewestFirst(states.values());
  const operationIds = new Set(
    episodes.filter((e) => e.preferred.data.type === 'surgery').map((e) => e.entityId),
  );
  const operations: PrintedOperation[] = [];
  const unlinked: PrintedRecord[] = [];
  for (const episode of episodes) {
    const episodeData = episode.preferred.data;
    if (episodeData.type === 'surgery') {
      const followOns = episodes
        .filter((e) => e.preferred.data.surgeryEpisodeId === episode.entityId)
        .sort(oldestFirst)
        .map((e) => record(e, episodeRows(t, e, states, lookups, true)));
      operations.push({ ...record(episode, episodeRows(t, episode, states, lookups, false)), followOns });
    } else if (!operationIds.has(text(episodeData.surgeryEpisodeId) ?? '')) {
      unlinked.push(record(episode, episodeRows(t, episode, states, lookups, false)));
    }
  }

  return {
    patient,
    deleted: patientState?.deleted ?? false,
    merged: Boolean(data?.mergedInto),
    operations,
    unlinked,
    conflicts: printed.filter((r) => r.inConflict).length,
    unsynced: printed.filter((r) => r.unsynced).length,
  };
}
