import {
  createVersion,
  editVersion,
  recordState,
  resolveConflictVersion,
  type Version,
} from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { dataChanges, versionChanges } from './version-diff';

let n = 0;
const ctx = () => ({
  now: new Date(Date.UTC(2026, 0, 1, 0, 0, ++n)),
  newId: () => `0189${String(++n).padStart(4, '0')}-0000-7000-8000-000000000000`,
  authorId: '01890000-0000-7000-8000-00000000aaaa',
  deviceId: 'phone',
});
const byId = (...versions: Version[]) => new Map(versions.map((v) => [v.versionId, v]));

describe('dataChanges', () => {
  it('lists changed, added and removed fields, in the later version’s order then the removed ones', () => {
    expect(
      dataChanges(
        { fullName: 'Asha', address: 'Moshi', gender: 'female' },
        { fullName: 'Asha Mushi', gender: 'female', birthYear: 1990 },
      ),
    ).toEqual([
      { field: 'fullName', before: 'Asha', after: 'Asha Mushi' },
      { field: 'birthYear', after: 1990 },
      { field: 'address', before: 'Moshi' },
    ]);
  });

  it('compares lists and groups by value, whatever the key order', () => {
    expect(
      dataChanges({ phones: [{ number: '1', comment: 'a' }] }, { phones: [{ comment: 'a', number: '1' }] }),
    ).toEqual([]);
    expect(
      dataChanges({ phones: [{ number: '1' }] }, { phones: [{ number: '1' }, { number: '2' }] }),
    ).toEqual([{ field: 'phones', before: [{ number: '1' }], after: [{ number: '1' }, { number: '2' }] }]);
  });

  it('treats null like absent', () => {
    expect(dataChanges({ notes: null }, {})).toEqual([]);
    expect(dataChanges({}, { notes: 'x' })).toEqual([{ field: 'notes', after: 'x' }]);
  });
});

describe('versionChanges', () => {
  it('shows a first version as everything it recorded', () => {
    const created = createVersion(ctx(), 'patient', { fullName: 'Neema', birthYear: 1980 });
    expect(versionChanges(created, byId(created))).toEqual([
      {
        changes: [
          { field: 'fullName', after: 'Neema' },
          { field: 'birthYear', after: 1980 },
        ],
      },
    ]);
  });

  it('compares an edit with its parent, and a deletion changes no field', () => {
    const created = createVersion<Record<string, unknown>>(ctx(), 'patient', { fullName: 'Neema' });
    const edited = editVersion(ctx(), created, { fullName: 'Neema Joseph' });
    expect(versionChanges(edited, byId(created, edited))).toEqual([
      {
        parentId: created.versionId,
        changes: [{ field: 'fullName', before: 'Neema', after: 'Neema Joseph' }],
      },
    ]);
  });

  it('compares a resolution with each side of the conflict', () => {
    const created = createVersion<Record<string, unknown>>(ctx(), 'patient', { fullName: 'Neema' });
    const a = editVersion(ctx(), created, { fullName: 'Neema A' });
    const b = editVersion(ctx(), created, { fullName: 'Neema B' });
    const state = recordState([created, a, b]);
    if (!state) throw new Error('no state');
    const resolved = resolveConflictVersion(ctx(), state, { fullName: 'Neema A' });
    const result = versionChanges(resolved, byId(created, a, b, resolved));
    expect(result).toHaveLength(2);
    expect(result.find((r) => r.parentId === a.versionId)?.changes).toEqual([]);
    expect(result.find((r) => r.parentId === b.versionId)?.changes).toEqual([
      { field: 'fullName', before: 'Neema B', after: 'Neema A' },
    ]);
  });

  it('says when a parent is not on the device instead of guessing', () => {
    const created = createVersion<Record<string, unknown>>(ctx(), 'patient', { fullName: 'Neema' });
    const edited = editVersion(ctx(), created, { fullName: 'Neema J' });
    expect(versionChanges(edited, byId(edited))).toEqual([
      { parentId: created.versionId, parentMissing: true, changes: [] },
    ]);
  });
});
