import type { Version } from '@registry/domain';

/** The batch limit the brief sets, under the protocol's own (PUSH_LIMITS.maxVersions). */
export const DEMO_BATCH = 500;

/** Rounds are numbered dependency step × this + batch index within one author's step. */
const BATCHES_PER_STEP = 1_000_000;

export interface DemoPush {
  /** Pushes of one round depend only on earlier rounds, so they may go up side by side. */
  round: number;
  authorId: string;
  versions: Version[];
}

/**
 * Splits the versions into pushes by their authors, as each author's device would send them, so
 * that the server checks every permission as in real use. Each author's versions keep the order
 * they were made in, which is causal. A version another author's version
 * depends on (a parent, or the operation a discharge belongs to) goes up in an earlier round:
 * step n holds what needs n changes of author to reach. One author's batches within a step go up one
 * after another (a later batch may build on an earlier one), so each becomes a round of its own.
 */
export function demoPushes(versions: readonly Version[], batch = DEMO_BATCH): DemoPush[] {
  const round = new Map<string, number>();
  const created = new Map<string, Version>();
  const byId = new Map(versions.map((v) => [v.versionId, v]));
  const groups = new Map<string, { round: number; authorId: string; versions: Version[] }>();
  for (const version of versions) {
    if (version.parents.length === 0) created.set(version.entityId, version);
    const surgery = version.data.surgeryEpisodeId;
    const dependsOn = [
      ...version.parents.map((id) => byId.get(id)),
      typeof surgery === 'string' ? created.get(surgery) : undefined,
    ];
    let mine = 0;
    for (const other of dependsOn) {
      if (!other) continue;
      const theirs = round.get(other.versionId) ?? 0;
      mine = Math.max(mine, other.authorId === version.authorId ? theirs : theirs + 1);
    }
    round.set(version.versionId, mine);
    const key = `${mine}:${version.authorId}`;
    const group = groups.get(key) ?? { round: mine, authorId: version.authorId, versions: [] };
    group.versions.push(version);
    groups.set(key, group);
  }
  return [...groups.values()]
    .flatMap((group) =>
      chunks(group.versions, batch).map((part, index) => ({
        round: group.round * BATCHES_PER_STEP + index,
        authorId: group.authorId,
        versions: part,
      })),
    )
    .sort((a, b) => a.round - b.round);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
