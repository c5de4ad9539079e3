import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { testContext } from '../test-support/arbitraries';
import { createVersion, editVersion } from './edits';
import { type RecordState, recordState } from './heads';
import {
  dismissDuplicateVersion,
  mergePatientVersion,
  survivingPatientId,
  unmergePatientVersion,
} from './merge';

const patientData = fc.record(
  {
    fullName: fc.string({ minLength: 1, maxLength: 30 }),
    birthYear: fc.integer({ min: 1920, max: 2025 }),
    phones: fc.array(fc.record({ number: fc.string({ maxLength: 12 }) }), { maxLength: 2 }),
    notDuplicateOf: fc.array(fc.uuid({ version: 7 }), { maxLength: 2 }),
  },
  { requiredKeys: ['fullName'] },
);

describe('merge and unmerge', () => {
  it('a merge followed by an unmerge gives back the original state', () => {
    fc.assert(
      fc.property(patientData, fc.nat(3), (data, edits) => {
        const ctx = testContext();
        let head = createVersion<Record<string, unknown> & { mergedInto?: string }>(ctx, 'patient', data);
        const history = [head];
        for (let i = 0; i < edits; i++) {
          head = editVersion(ctx, head, { ...data, notes: `edit ${i}` });
          history.push(head);
        }
        const before = recordState(history);
        if (!before) throw new Error('no state');
        const survivor = ctx.newId();
        const merged = mergePatientVersion(ctx, before, survivor);
        const during = recordState([...history, merged]);
        if (!during) throw new Error('no state');
        expect(survivingPatientId(before.entityId, () => during.preferred.data.mergedInto)).toBe(survivor);
        const unmerged = unmergePatientVersion(ctx, during);
        const after = recordState([...history, merged, unmerged]);
        expect(after?.preferred.data).toEqual(before.preferred.data);
        expect(after?.deleted).toBe(before.deleted);
        expect(after?.inConflict).toBe(false);
        expect(survivingPatientId(before.entityId, () => after?.preferred.data.mergedInto)).toBe(
          before.entityId,
        );
      }),
    );
  });

  it('refuses to merge a patient into itself, twice, or while in conflict', () => {
    const ctx = testContext();
    const created = createVersion(ctx, 'patient', { fullName: 'Neema' });
    const state = recordState([created]);
    if (!state) throw new Error('no state');
    expect(() => mergePatientVersion(ctx, state, created.entityId)).toThrow(DomainError);
    const merged = mergePatientVersion(ctx, state, ctx.newId());
    const mergedState = recordState([created, merged]);
    if (!mergedState) throw new Error('no state');
    expect(() => mergePatientVersion(ctx, mergedState, ctx.newId())).toThrow(/already merged/);
    const a = editVersion(ctx, created, { fullName: 'Neema A' });
    const b = editVersion(ctx, created, { fullName: 'Neema B' });
    const conflicted = recordState([created, a, b]);
    if (!conflicted) throw new Error('no state');
    expect(() => mergePatientVersion(ctx, conflicted, ctx.newId())).toThrow(/conflict/);
  });

  it('follows merge chains and settles loops on one survivor everywhere', () => {
    const links: Record<string, string> = { a: 'b', b: 'c' };
    expect(survivingPatientId('a', (id) => links[id])).toBe('c');
    const loop: Record<string, string> = { x: 'z', z: 'y', y: 'x' };
    for (const start of ['x', 'y', 'z']) expect(survivingPatientId(start, (id) => loop[id])).toBe('x');
  });
});

describe('dismissing a pair', () => {
  it('names the other patient once, keeps the rest, and is refused twice', () => {
    const ctx = testContext();
    const created = createVersion<Record<string, unknown> & { notDuplicateOf?: string[] }>(ctx, 'patient', {
      fullName: 'Neema Juma',
      notDuplicateOf: ['0192f4c0-0000-7000-8000-00000000aaaa'],
    });
    const other = '0192f4c0-0000-7000-8000-00000000bbbb';
    const dismissed = dismissDuplicateVersion(ctx, recordState([created]) as RecordState<never>, other);
    expect(dismissed.parents).toEqual([created.versionId]);
    expect(dismissed.data).toEqual({
      ...created.data,
      notDuplicateOf: [...(created.data.notDuplicateOf ?? []), other],
    });
    const after = recordState([created, dismissed]);
    expect(() => dismissDuplicateVersion(ctx, after as RecordState<never>, other)).toThrow(/already/);
  });
});
