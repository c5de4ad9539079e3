import {
  createVersion,
  recordState,
  restoreVersion,
  softDeleteVersion,
  type Version,
  type WriteContext,
} from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { HOSPITAL, NURSE, SURGEON, testTranslate } from '../episodes/test-fixtures';
import { type ReviewEntry, reviewEntriesOfChart } from '../review-data/review-entry';
import { deletedRecords, deletedRecordTitle, filterFromParams, nameMatches, pageOf } from './deleted-records';

let n = 0;
const ctx = (at: string, authorId = SURGEON): WriteContext => ({
  now: new Date(at),
  newId: () => `0192f4c0-0000-7000-8000-4${(++n).toString(16).padStart(11, '0')}`,
  authorId,
  deviceId: 'test',
});

/** A chart with a patient and one operation, some of it deleted at the given times. */
function chart(name: string, deletions: { patientAt?: string; operationAt?: string }): ReviewEntry[] {
  const patient = createVersion(ctx('2026-01-01T08:00:00Z'), 'patient', {
    fullName: name,
    registeredHospitalId: HOSPITAL,
  });
  const operation = createVersion(ctx('2026-01-01T09:00:00Z'), 'episode', {
    type: 'surgery',
    patientId: patient.entityId,
    hospitalId: HOSPITAL,
    date: '2026-01-01',
  });
  const versions: Version[] = [patient, operation];
  // Kept as the deleting device wrote it, offset included.
  const deletion = (at: string, base: Version, authorId?: string) => ({
    ...softDeleteVersion(ctx(at, authorId), base),
    createdAt: at,
  });
  if (deletions.patientAt) versions.push(deletion(deletions.patientAt, patient, NURSE));
  if (deletions.operationAt) versions.push(deletion(deletions.operationAt, operation));
  return reviewEntriesOfChart(patient.entityId, versions);
}

const entries = [
  // Written in another time zone: 10:00+03:00 is 07:00Z, before the others.
  ...chart('Amina Ng’wanza', { patientAt: '2026-03-01T10:00:00+03:00' }),
  ...chart('Baraka Mushi', { operationAt: '2026-03-01T08:00:00Z' }),
  ...chart('Juma Ally', { patientAt: '2026-03-01T09:00:00Z', operationAt: '2026-02-01T09:00:00Z' }),
  ...chart('Neema Kweka', {}),
];
const patients = entries.filter((e) => e.entity === 'patient');
const episodes = entries.filter((e) => e.entity === 'episode');
const t = testTranslate('en');
const titles = (list: readonly ReviewEntry[]) => list.map((e) => deletedRecordTitle(t, e, 'en'));

describe('deletedRecords', () => {
  it('lists only deleted patients and episodes, the most recent deletion first, as instants', () => {
    expect(titles(deletedRecords(patients, episodes, { name: '', kind: undefined }))).toEqual([
      'Juma Ally',
      'Operation, 1 Jan 2026 — Baraka Mushi',
      'Amina Ng’wanza',
      'Operation, 1 Jan 2026 — Juma Ally',
    ]);
  });

  it('keeps who deleted each record and when', () => {
    const [first] = deletedRecords(patients, episodes, { name: 'juma', kind: 'patients' });
    expect(first).toMatchObject({ changedBy: NURSE, changedAt: '2026-03-01T09:00:00Z' });
  });

  it("filters by kind and by the patient's name, for episodes too", () => {
    expect(titles(deletedRecords(patients, episodes, { name: '', kind: 'patients' }))).toEqual([
      'Juma Ally',
      'Amina Ng’wanza',
    ]);
    expect(titles(deletedRecords(patients, episodes, { name: 'JUMA', kind: 'episodes' }))).toEqual([
      'Operation, 1 Jan 2026 — Juma Ally',
    ]);
    expect(deletedRecords(patients, episodes, { name: 'neema', kind: undefined })).toEqual([]);
  });

  it('leaves out a record once it is restored', () => {
    const versions = [createVersion(ctx('2026-01-01T08:00:00Z'), 'patient', { fullName: 'Zuhura' })];
    const deleted = softDeleteVersion(ctx('2026-02-01T08:00:00Z'), versions[0] as Version);
    const state = recordState([...versions, deleted]);
    if (!state) throw new Error('no state');
    const restored = restoreVersion(ctx('2026-02-02T08:00:00Z'), state);
    const after = reviewEntriesOfChart(state.entityId, [...versions, deleted, restored]);
    expect(deletedRecords(after, [], { name: '', kind: undefined })).toEqual([]);
  });
});

describe('nameMatches', () => {
  it('finds names by the start of any word, ignoring case, accents and apostrophes', () => {
    expect(nameMatches('Amina Ng’wanza', 'ngw am')).toBe(true);
    expect(nameMatches('José Mbwana', 'jose')).toBe(true);
    expect(nameMatches('Amina Juma', 'mina')).toBe(false);
    expect(nameMatches(undefined, 'a')).toBe(false);
    expect(nameMatches(undefined, '  ')).toBe(true);
  });
});

describe('filterFromParams and pageOf', () => {
  it('reads the address bar, ignoring what it does not know', () => {
    expect(filterFromParams(new URLSearchParams('q=amina&type=episodes&page=3'))).toEqual({
      name: 'amina',
      kind: 'episodes',
      page: 3,
    });
    expect(filterFromParams(new URLSearchParams('type=logs&page=-2'))).toEqual({
      name: '',
      kind: undefined,
      page: 1,
    });
  });

  it('pages a list, showing the last page for a page past the end', () => {
    const list = Array.from({ length: 55 }, (_, i) => i);
    expect(pageOf(list, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(list, 3).items).toEqual([50, 51, 52, 53, 54]);
    expect(pageOf(list, 9)).toMatchObject({ page: 3, pages: 3 });
    expect(pageOf([], 2)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

describe('deletedRecordTitle', () => {
  it('names an episode by its type, date and patient, in Kiswahili too', () => {
    const [operation] = deletedRecords(patients, episodes, { name: 'baraka', kind: 'episodes' });
    if (!operation) throw new Error('no operation');
    expect(deletedRecordTitle(testTranslate('sw'), operation, 'sw')).toMatch(/^Upasuaji, .* — Baraka Mushi$/);
  });
});
