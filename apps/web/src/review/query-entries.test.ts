import { reviewFilterPredicate } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../review-data/review-entry';
import {
  type EntrySort,
  PAGE_SIZE,
  pageOf,
  queryEntries,
  rankEntries,
  selectEntries as selectRanked,
} from './query-entries';
import { episodeSorts, patientSorts, type ReviewLookups, sortableText } from './review-columns';
import { sampleEpisodes, sampleId, samplePatients } from './sample-entries';

const hospitalIds = [sampleId(9, 1), sampleId(9, 2), sampleId(9, 3), sampleId(9, 4)];
const staffIds = [sampleId(8, 1), sampleId(8, 2), sampleId(8, 3)];
const REGIONS: Record<string, string> = {
  [sampleId(9, 1)]: 'mwanza',
  [sampleId(9, 2)]: 'mwanza',
  [sampleId(9, 3)]: 'kilimanjaro',
};
const regionOf = (id: string) => REGIONS[id];
const episodes = sampleEpisodes(3_000, { hospitalIds, staffIds });
const patients = samplePatients(1_000, { hospitalIds, staffIds });
const everything = () => true;
/** Ranks and selects in one step, as a table does when its column changes. */
const selectEntries = (
  entries: readonly ReviewEntry[],
  matches: (entry: ReviewEntry) => boolean,
  sort: EntrySort<ReviewEntry>,
) => selectRanked(entries, matches, rankEntries(entries, sort.key, sort.textOrder), sort.direction);
const byDate = (direction: 'asc' | 'desc'): EntrySort<ReviewEntry> => ({ key: (e) => e.date, direction });

const lookups: ReviewLookups = {
  // Names in the opposite order of the ids, so that a sort by id would fail.
  hospitalName: (id) => ({ [sampleId(9, 1)]: 'Tumaini', [sampleId(9, 4)]: 'Amani' })[id],
  staffName: (id) => (id === sampleId(8, 1) ? 'Zawadi Mushi' : undefined),
  label: (list, code) => `${list}:${String(code)}`,
};

describe('filtering with the domain predicate', () => {
  it('keeps exactly the live episodes of a region, at every page', () => {
    const matches = reviewFilterPredicate({ region: 'mwanza' }, regionOf);
    const expected = episodes.filter(
      (e) => !e.deleted && (e.hospitalId === sampleId(9, 1) || e.hospitalId === sampleId(9, 2)),
    );
    const all = selectEntries(episodes, matches, byDate('asc'));
    expect(all).toHaveLength(expected.length);
    expect(new Set(all)).toEqual(new Set(expected));
    expect(queryEntries(episodes, matches, byDate('asc'), 1).total).toBe(expected.length);
  });

  it('combines filters: incomplete operations in conflict, deleted ones included', () => {
    const matches = reviewFilterPredicate(
      { type: 'surgery', completeness: 'incomplete', conflict: 'only', includeDeleted: 'true' },
      regionOf,
    );
    const expected = episodes.filter((e) => e.data.type === 'surgery' && e.missingCount > 0 && e.inConflict);
    expect(expected.length).toBeGreaterThan(0);
    expect(selectEntries(episodes, matches, byDate('asc'))).toEqual(
      selectEntries(expected, everything, byDate('asc')),
    );
  });
});

describe('sorting', () => {
  it('orders dates either way, with rows that have no date last in both', () => {
    for (const direction of ['asc', 'desc'] as const) {
      const rows = selectEntries(episodes, everything, byDate(direction));
      const dated = rows.filter((e) => e.date !== undefined).map((e) => e.date as string);
      const firstUndated = rows.findIndex((e) => e.date === undefined);
      expect(firstUndated).toBe(dated.length);
      expect(dated).toEqual([...dated].sort((a, b) => (direction === 'asc' ? 1 : -1) * a.localeCompare(b)));
    }
  });

  it('is stable in both directions: equal keys keep the order they came in', () => {
    const place = new Map(episodes.map((e, i) => [e, i]));
    for (const direction of ['asc', 'desc'] as const) {
      const rows = selectEntries(episodes, everything, { key: (e) => e.missingCount, direction });
      const outOfOrder = rows.slice(1).filter((b, i) => {
        const a = rows[i] as ReviewEntry;
        if (a.missingCount === b.missingCount) return (place.get(a) as number) > (place.get(b) as number);
        return direction === 'asc' ? a.missingCount > b.missingCount : a.missingCount < b.missingCount;
      });
      expect(outOfOrder).toEqual([]);
      expect(new Set(rows.map((e) => e.missingCount)).size).toBeGreaterThan(2);
    }
  });

  it('orders names as people read them, case, accents and apostrophes aside', () => {
    const names = ['Zuhura', 'émile', "Ng'wanza", 'Emma', 'amina', 'Ngozi'].map(
      (name, i) => ({ ...(patients[i] as ReviewEntry), patientName: name }) satisfies ReviewEntry,
    );
    const { key, text } = patientSorts(lookups).name;
    expect(text).toBe(true);
    const sorted = (textOrder?: (text: string) => string) =>
      selectEntries(names, everything, { key, direction: 'asc', textOrder }).map((e) => e.patientName);
    expect(sorted()).toEqual(['Emma', "Ng'wanza", 'Ngozi', 'Zuhura', 'amina', 'émile']);
    expect(sorted(sortableText)).toEqual(['amina', 'émile', 'Emma', 'Ngozi', "Ng'wanza", 'Zuhura']);
  });

  it('puts a name before the longer names it begins', () => {
    const names = ['Alice', 'Ali Juma', 'Ali', 'Ali-Juma'].map(
      (name, i) => ({ ...(patients[i] as ReviewEntry), patientName: name }) satisfies ReviewEntry,
    );
    const { key } = patientSorts(lookups).name;
    expect(
      selectEntries(names, everything, { key, direction: 'asc', textOrder: sortableText }).map(
        (e) => e.patientName,
      ),
    ).toEqual(['Ali', 'Ali Juma', 'Ali-Juma', 'Alice']);
  });

  it('gives names of one folded form one rank, so their rows keep their order', () => {
    const names = ['JUMA', 'Juma', 'juma', 'Jumá'].map(
      (name, i) => ({ ...(patients[i] as ReviewEntry), patientName: name }) satisfies ReviewEntry,
    );
    const { key } = patientSorts(lookups).name;
    for (const direction of ['asc', 'desc'] as const)
      expect(
        selectEntries(names, everything, { key, direction, textOrder: sortableText }).map(
          (e) => e.patientName,
        ),
      ).toEqual(['JUMA', 'Juma', 'juma', 'Jumá']);
  });

  it('sorts hospitals and surgeons by name, those whose name is not on the device last', () => {
    const { hospital } = patientSorts(lookups);
    const rows = selectEntries(patients, everything, { key: hospital.key, direction: 'asc' });
    const order = [...new Set(rows.map((e) => e.hospitalId))];
    expect(order.slice(0, 2)).toEqual([sampleId(9, 4), sampleId(9, 1)]);
    expect(new Set(order.slice(2))).toEqual(new Set([sampleId(9, 2), sampleId(9, 3)]));

    const { surgeon } = episodeSorts(lookups);
    const operations = selectEntries(episodes, everything, { key: surgeon.key, direction: 'desc' });
    expect(operations[0]?.data.primarySurgeonId).toBe(sampleId(8, 1));
    // Discharges and follow-ups name no surgeon: last, in either direction.
    expect(operations.at(-1)?.data.type).not.toBe('surgery');
  });
});

describe('paging', () => {
  const sorted = selectEntries(episodes, everything, byDate('desc'));

  it('cuts pages of 50 whose places run on from page to page', () => {
    const second = pageOf(sorted, 2);
    expect(second).toMatchObject({ page: 2, total: 3_000, pageCount: 60, first: 51, last: 100 });
    expect(second.rows).toEqual(sorted.slice(50, 100));
    const pages = Array.from({ length: 60 }, (_, i) => pageOf(sorted, i + 1).rows).flat();
    expect(pages).toEqual(sorted);
  });

  it('shows the last page when asked for one past the end (the filter may have narrowed)', () => {
    const few = sorted.slice(0, 120);
    expect(pageOf(few, 9)).toMatchObject({ page: 3, pageCount: 3, first: 101, last: 120 });
    expect(pageOf(few, 3).rows).toHaveLength(120 - 2 * PAGE_SIZE);
  });

  it('has one empty page when nothing matches', () => {
    expect(queryEntries(episodes, () => false, byDate('asc'), 4)).toEqual({
      rows: [],
      total: 0,
      page: 1,
      pageCount: 1,
      first: 0,
      last: 0,
    });
  });
});
