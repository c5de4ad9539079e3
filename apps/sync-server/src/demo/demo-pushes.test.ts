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

  // Small batches split one author's step into several pushes, which must then go up one by one.
  it.each([500, 7])('sends what a version builds on before it (batches of %i)', (batch) => {
    const sent = demoPushes(demo.versions, batch);
    const roundOf = new Map<string, number>();
    for (const push of sent) for (const v of push.versions) roundOf.set(v.versionId, push.round);
    const createdIn = new Map<string, string>();
    for (const v of demo.versions) if (v.parents.length === 0) createdIn.set(v.entityId, v.versionId);
    for (const push of sent) {
      const seen = new Set<string>();
      for (const v of push.versions) {
        const surgery =
          typeof v.data.surgeryEpisodeId === 'string' ? createdIn.get(v.data.surgeryEpisodeId) : undefined;
        for (const needed of [...v.parents, ...(surgery ? [surgery] : [])]) {
          const neededRound = roundOf.get(needed) ?? Number.POSITIVE_INFINITY;
          expect(neededRound < push.round || seen.has(needed)).toBe(true);
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
