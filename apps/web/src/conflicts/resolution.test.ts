import {
  createVersion,
  editVersion,
  recordState,
  softDeleteVersion,
  type WriteContext,
} from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { deletionDiffers, initialResolution, resolvedRecord, wholeSide } from './resolution';

let n = 0;
const ctx = (at: string, authorId = 'a'): WriteContext => ({
  now: new Date(at),
  newId: () => `0192f4c0-0000-7000-8000-${(n++).toString(16).padStart(12, '0')}`,
  authorId,
  deviceId: 'device',
});

const created = createVersion<Record<string, unknown>>(ctx('2026-03-01T08:00:00Z'), 'patient', {
  fullName: 'Juma Hamisi',
  birthYear: 1970,
  notes: 'first',
});
const theirs = editVersion(ctx('2026-03-02T08:00:00Z', 'b'), created, {
  fullName: 'Juma Hamis',
  birthYear: 1971,
  notes: 'first',
});
const ours = editVersion(ctx('2026-03-03T08:00:00Z', 'c'), created, {
  fullName: 'Juma Hamisi',
  birthYear: 1970,
  notes: 'second',
  nationalId: '1970-0101',
});
const state = recordState([created, theirs, ours]);
if (!state) throw new Error('no state');

describe('conflict resolution', () => {
  it('starts from the preferred side for every differing field', () => {
    const start = initialResolution(state);
    expect(Object.keys(start.fields).sort()).toEqual(['birthYear', 'fullName', 'nationalId', 'notes']);
    expect(resolvedRecord(state, start)).toEqual({ data: ours.data, deleted: false });
  });

  it('mixes sides field by field, an absent value included', () => {
    const mixed = initialResolution(state);
    mixed.fields.fullName = theirs.versionId;
    mixed.fields.nationalId = theirs.versionId;
    expect(resolvedRecord(state, mixed).data).toEqual({
      fullName: 'Juma Hamis',
      birthYear: 1970,
      notes: 'second',
    });
  });

  it('keeps one side whole', () => {
    expect(resolvedRecord(state, wholeSide(state, theirs.versionId)).data).toEqual(theirs.data);
  });

  it('lets the person keep or drop a deletion made alongside an edit', () => {
    const deleted = softDeleteVersion(ctx('2026-03-04T08:00:00Z', 'd'), theirs);
    const split = recordState([created, theirs, ours, deleted]);
    if (!split) throw new Error('no state');
    expect(deletionDiffers(split.heads)).toBe(true);
    expect(resolvedRecord(split, wholeSide(split, deleted.versionId)).deleted).toBe(true);
    expect(resolvedRecord(split, wholeSide(split, ours.versionId))).toEqual({
      data: ours.data,
      deleted: false,
    });
  });
});
