import { type Actor, checkWrite, type Version } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { demoPushes } from './demo-pushes';
import { generateDemoData } from './generate-demo';

const demo = generateDemoData({ now: new Date('2026-11-22T09:00:00Z'), patients: 120, seed: 'pushes' });
const pushes = demoPushes(demo.versions);

describe('demoPushes', () => {
  it('sends every version once, by its author, at most 500 at a time', () => {
    expect(pushes.flatMap((p) => p.versions)).toHaveLength(demo.versions.length);
    expect(new Set(pushes.flatMap((p) => p.versions.map((v) => v.versionId))).size).toBe(
      demo.versions.length,
    );
    for (const push of pushes) {
      expect(push.versions.length).toBeLessThanOrEqual(500);
      for (const v of push.versions) expect(v.authorId).toBe(push.authorId);
    }
  });

  it('sends parents before children: earlier in the push, or in an earlier round', () => {
    const roundOf = new Map<string, number>();
    for (const push of pushes) for (const v of push.versions) roundOf.set(v.versionId, push.round);
    for (const push of pushes) {
      const seen = new Set<string>();
      for (const v of push.versions) {
        for (const parent of v.parents) {
          const parentRound = roundOf.get(parent) ?? Number.POSITIVE_INFINITY;
          expect(parentRound < push.round || seen.has(parent)).toBe(true);
        }
        seen.add(v.versionId);
      }
    }
  });

  it('only sends what its author may write, as the server will check', () => {
    const actors = new Map<string, Actor>(demo.staff.map((s) => [s.id, { ...s, active: true }]));
    const byId = new Map(demo.versions.map((v) => [v.versionId, v]));
    const refused = demo.versions.flatMap((v) => {
      const actor = actors.get(v.authorId);
      const parents = v.parents.map((id) => byId.get(id)).filter((p): p is Version => p !== undefined);
      const decision = actor ? checkWrite(actor, v, parents) : { ok: false, reason: 'unknown author' };
      return decision.ok ? [] : [{ versionId: v.versionId, decision }];
    });
    expect(refused).toEqual([]);
  });
});
