import { foldName } from '@registry/domain';
import { episodeFieldLabel } from '../episodes/field-label';
import { codeLabel, type Translate } from '../episodes/list-labels';
import type { ReviewEntry } from '../review-data/review-entry';
import { formatDate } from '../shell/format-time';

export const DELETED_KINDS = ['patients', 'episodes'] as const;
export type DeletedKind = (typeof DELETED_KINDS)[number];
export const PAGE_SIZE = 25;

/** What the restore list shows, as kept in the address bar: `?q=amina&type=episodes&page=2`. */
export interface DeletedFilter {
  name: string;
  kind: DeletedKind | undefined;
  page: number;
}

export function filterFromParams(params: URLSearchParams): DeletedFilter {
  const kind = params.get('type');
  const page = Number(params.get('page'));
  return {
    name: params.get('q') ?? '',
    kind: DELETED_KINDS.find((k) => k === kind),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The patient's name an entry is found by: its own for a patient, its patient's for an episode. */
export function nameOfEntry(entry: ReviewEntry): string | undefined {
  const name = entry.entity === 'patient' ? entry.data.fullName : entry.patientName;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

/**
 * Whether a name answers what was typed: every word typed starts a word of the name, in any order,
 * ignoring case, accents and apostrophes ("ngw am" finds "Amina Ng'wanza").
 */
export function nameMatches(name: string | undefined, typed: string): boolean {
  const wanted = foldName(typed);
  if (wanted.length === 0) return true;
  const words = foldName(name ?? '');
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

/**
 * The soft-deleted patients and episodes on the device that the filter asks for, the most recent
 * deletion first (times compared as instants: devices write different offsets).
 */
export function deletedRecords(
  patients: readonly ReviewEntry[],
  episodes: readonly ReviewEntry[],
  filter: Pick<DeletedFilter, 'name' | 'kind'>,
): ReviewEntry[] {
  const lists =
    filter.kind === 'patients' ? [patients] : filter.kind === 'episodes' ? [episodes] : [patients, episodes];
  return lists
    .flatMap((list) => list.filter((e) => e.deleted && nameMatches(nameOfEntry(e), filter.name)))
    .sort((a, b) => Date.parse(b.changedAt) - Date.parse(a.changedAt) || (a.entityId < b.entityId ? -1 : 1));
}

/** One page of a list; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(1, page), pages);
  return { items: items.slice((shown - 1) * size, shown * size), page: shown, pages };
}

/**
 * What a deleted record is, in words: the patient's name, or the episode's type and date with its
 * patient ("Operation, 3 Nov 2026 — Amina Juma").
 */
export function deletedRecordTitle(t: Translate, entry: ReviewEntry, language: string): string {
  const name = nameOfEntry(entry) ?? t('patients:notOnDevice.name');
  if (entry.entity === 'patient') return name;
  const type = codeLabel(t, 'episodeType', entry.data.type) || episodeFieldLabel(t, 'type');
  const date = entry.date ? formatDate(entry.date, language) : t('patients:episode.noDate');
  return t('restore:episodeOf', { type, date, name });
}
