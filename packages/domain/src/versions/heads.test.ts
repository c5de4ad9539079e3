import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordHistory, testContext } from '../test-support/arbitraries';
import { createVersion, editVersion, softDeleteVersion } from './edits';
import { computeHeads, preferredHead, recordState } from './heads';
import { resolveConflictVersion } from './resolve';

const ids = (vs: { versionId: string }[]) => vs.map((v) => v.versionId);

describe('heads depend only on the set of versions', () => {
  it('any order and any duplication give the same heads and preferred head', () => {
    fc.assert(
      fc.property(
        recordHistory().chain((history) =>
          fc.tuple(
            fc.constant(history),
            fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }),
            fc.array(fc.constantFrom(...history), { maxLength: 10 }),
          ),
        ),
        ([history, shuffled, extra]) => {
          const reference = recordState(history);
          const other = recordState([...extra, ...shuffled, ...extra]);
          expect(ids(other?.heads ?? [])).toEqual(ids(reference?.heads ?? []));
          expect(other?.preferred.versionId).toBe(reference?.preferred.versionId);
          expect(other?.inConflict).toBe(reference?.inConflict);
          expect(other?.deleted).toBe(reference?.deleted);
        },
      ),
    );
  });

  it('any split of the set, gathered again in any order, gives the same state', () => {
    fc.assert(
      fc.property(
        recordHistory().chain((history) =>
          fc.tuple(
            fc.constant(history),
            fc.array(fc.nat(3), { minLength: history.length, maxLength: history.length }),
          ),
        ),
        ([history, partOf]) => {
          // Each part is what one device held; syncing gathers the parts in reverse order.
          const parts = [0, 1, 2, 3].map((p) => history.filter((_, i) => partOf[i] === p));
          const gathered = parts.reverse().flat();
          expect(ids(computeHeads(gathered))).toEqual(ids(computeHeads(history)));
          expect(preferredHead(computeHeads(gathered))?.versionId).toBe(
            preferredHead(computeHeads(history))?.versionId,
          );
        },
      ),
    );
  });

  it('a head is never named as a parent and every non-head is', () => {
    fc.assert(
      fc.property(recordHistory(), (history) => {
        const named = new Set(history.flatMap((v) => v.parents));
        const heads = new Set(ids(computeHeads(history)));
        for (const v of history) expect(heads.has(v.versionId)).toBe(!named.has(v.versionId));
      }),
    );
  });
});

describe('conflicts', () => {
  it('a resolution ends any conflict, with the resolution as the only head', () => {
    fc.assert(
      fc.property(recordHistory(), (history) => {
        const state = recordState(history);
        fc.pre(state?.inConflict === true);
        if (!state) return;
        const resolution = resolveConflictVersion(testContext(), state, {
          ...state.preferred.data,
          resolved: true,
        });
        const after = recordState([...history, resolution]);
        expect(after?.inConflict).toBe(false);
        expect(ids(after?.heads ?? [])).toEqual([resolution.versionId]);
        expect(after?.preferred.data).toEqual({ ...state.preferred.data, resolved: true });
      }),
    );
  });

  it('two offline edits of one version keep both, and the record shows a conflict', () => {
    const ctxA = testContext('aaaa0000');
    const ctxB = testContext('bbbb0000');
    const created = createVersion<Record<string, unknown>>(ctxA, 'patient', { fullName: 'Asha Mushi' });
    const a = editVersion(ctxA, created, { fullName: 'Asha Mushi', phone: '0712' });
    const b = editVersion(ctxB, created, { fullName: 'Asha Musshi' });
    const state = recordState([created, a, b]);
    expect(state?.inConflict).toBe(true);
    expect(ids(state?.heads ?? []).sort()).toEqual([a.versionId, b.versionId].sort());
  });

  it('an edit made alongside a deletion keeps the record visible', () => {
    const ctx = testContext();
    const created = createVersion(ctx, 'patient', { fullName: 'Juma Ali' });
    const deleted = softDeleteVersion(testContext('dddd0000'), created);
    const edited = editVersion(testContext('eeee0000'), created, { fullName: 'Juma Ally' });
    const state = recordState([created, deleted, edited]);
    expect(state?.deleted).toBe(false);
    expect(state?.inConflict).toBe(true);
    expect(state?.preferred.versionId).toBe(edited.versionId);
  });

  it('prefers the latest createdAt as an instant, whatever offset the device wrote', () => {
    const base = createVersion(testContext(), 'patient', { fullName: 'X' });
    const early = {
      ...base,
      versionId: `${base.versionId.slice(0, -1)}f`,
      createdAt: '2026-01-01T10:00:00+03:00',
    };
    const late = { ...base, versionId: `${base.versionId.slice(0, -1)}0`, createdAt: '2026-01-01T08:00:00Z' };
    expect(preferredHead([early, late])?.versionId).toBe(late.versionId);
  });
});
