import { foldName } from '@registry/domain';
import type { ReviewEntry } from '../review-data/review-entry';
import type { SortKey } from './query-entries';
import type { ReviewSort } from './review-params';

export const PATIENT_COLUMNS = [
  'name',
  'gender',
  'birthYear',
  'hospital',
  'registered',
  'completeness',
  'status',
] as const;
export type PatientColumn = (typeof PATIENT_COLUMNS)[number];

export const EPISODE_COLUMNS = [
  'date',
  'type',
  'patient',
  'hospital',
  'surgeon',
  'completeness',
  'status',
] as const;
export type EpisodeColumn = (typeof EPISODE_COLUMNS)[number];

/** Newest first: what a coordinator reviewing recent weeks looks at. */
export const DEFAULT_PATIENT_SORT: ReviewSort = { column: 'registered', direction: 'desc' };
export const DEFAULT_EPISODE_SORT: ReviewSort = { column: 'date', direction: 'desc' };

/** Names and labels a table shows in place of ids and codes, in the screen's language. */
export interface ReviewLookups {
  hospitalName: (hospitalId: string) => string | undefined;
  staffName: (staffId: string) => string | undefined;
  /** A code's label; '' for none. */
  label: (list: 'gender' | 'episodeType', code: unknown) => string;
}

/** How a column sorts: its key, and whether keys are words (ordered by `sortableText`). */
export interface ColumnSort {
  key: (entry: ReviewEntry) => SortKey;
  text: boolean;
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * The form names and labels are ordered by: the words as the patient search folds them, so that
 * case, accents and apostrophes do not decide the order (amina, Émile, Emma; Ng'wanza after Ngozi).
 * Cheaper than a collator by far over 100,000 rows, and the same in both languages.
 */
export const sortableText = (text: string): string =>
  // Most names are plain ASCII words, which folding only lower-cases: skip its Unicode work.
  PLAIN_WORDS.test(text) ? text.toLowerCase() : foldName(text).join(' ');

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export const birthYearOf = (entry: ReviewEntry): number | undefined => {
  const year = entry.data.birthYear;
  return typeof year === 'number' && Number.isFinite(year) ? year : undefined;
};

export const primarySurgeonOf = (entry: ReviewEntry): string | undefined => text(entry.data.primarySurgeonId);

export const isMerged = (entry: ReviewEntry): boolean => text(entry.data.mergedInto) !== undefined;

/** Conflicts first, then deleted, then merged records, when sorted by status descending. */
const statusRank = (entry: ReviewEntry) =>
  (entry.inConflict ? 4 : 0) + (entry.deleted ? 2 : 0) + (isMerged(entry) ? 1 : 0);

/** A hospital or person by name; none when the name has not reached the device (sorted last). */
const named = (id: string | undefined, name: (id: string) => string | undefined) =>
  id === undefined ? undefined : name(id);

export function patientSorts(lookups: ReviewLookups): Record<PatientColumn, ColumnSort> {
  return {
    name: { key: (e) => text(e.patientName), text: true },
    gender: { key: (e) => text(lookups.label('gender', e.data.gender)), text: true },
    birthYear: { key: birthYearOf, text: false },
    hospital: { key: (e) => named(e.hospitalId, lookups.hospitalName), text: true },
    registered: { key: (e) => e.date, text: false },
    completeness: { key: (e) => e.missingCount, text: false },
    status: { key: statusRank, text: false },
  };
}

export function episodeSorts(lookups: ReviewLookups): Record<EpisodeColumn, ColumnSort> {
  return {
    date: { key: (e) => e.date, text: false },
    type: { key: (e) => text(lookups.label('episodeType', e.data.type)), text: true },
    patient: { key: (e) => text(e.patientName), text: true },
    hospital: { key: (e) => named(e.hospitalId, lookups.hospitalName), text: true },
    surgeon: { key: (e) => named(primarySurgeonOf(e), lookups.staffName), text: true },
    completeness: { key: (e) => e.missingCount, text: false },
    status: { key: statusRank, text: false },
  };
}
