import type { Version } from './version';

/** What a record is, derived from the set of its versions and nothing else. */
export interface RecordState<D = Record<string, unknown>> {
  entity: Version['entity'];
  entityId: string;
  /** Versions no other version of the record names as a parent, sorted by versionId. */
  heads: Version<D>[];
  /** The head a one-row-per-record list shows (see preferredHead). */
  preferred: Version<D>;
  /** Several heads: two people edited without seeing each other's edit. */
  inConflict: boolean;
  /** Hidden from lists only when every head is deleted: an edit made alongside a deletion keeps the record visible. */
  deleted: boolean;
}

const byVersionId = (a: Version<unknown>, b: Version<unknown>) =>
  a.versionId < b.versionId ? -1 : a.versionId > b.versionId ? 1 : 0;

/**
 * The heads of one record's versions. Duplicates (the same versionId seen twice) count once and the
 * first copy seen is not favoured: the result is sorted, so any order or split of the same set
 * gives the same heads.
 */
export function computeHeads<D>(versions: Iterable<Version<D>>): Version<D>[] {
  const unique = new Map<string, Version<D>>();
  const named = new Set<string>();
  for (const v of versions) {
    const seen = unique.get(v.versionId);
    // Two copies with one id should never differ (ids are UUIDs); if they do, the smaller
    // serialisation wins so that the choice still depends only on the set.
    if (!seen || JSON.stringify(v) < JSON.stringify(seen)) unique.set(v.versionId, v);
    for (const p of v.parents) named.add(p);
  }
  return [...unique.values()].filter((v) => !named.has(v.versionId)).sort(byVersionId);
}

/**
 * The head shown where a list needs one row per record: live heads before deleted ones, then the
 * latest createdAt, then the greatest versionId. createdAt is compared as an instant, not as text,
 * because devices write different offsets.
 */
export function preferredHead<D>(heads: readonly Version<D>[]): Version<D> | undefined {
  let best: Version<D> | undefined;
  for (const h of heads) {
    if (!best || outranks(h, best)) best = h;
  }
  return best;
}

function outranks(a: Version<unknown>, b: Version<unknown>): boolean {
  if (a.deleted !== b.deleted) return !a.deleted;
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  if (ta !== tb) return ta > tb;
  return a.versionId > b.versionId;
}

/** The state of one record; undefined when no version is given. */
export function recordState<D>(versions: Iterable<Version<D>>): RecordState<D> | undefined {
  const heads = computeHeads(versions);
  const preferred = preferredHead(heads);
  if (!preferred) return undefined;
  return {
    entity: preferred.entity,
    entityId: preferred.entityId,
    heads,
    preferred,
    inConflict: heads.length > 1,
    deleted: heads.every((h) => h.deleted),
  };
}

/** Groups versions by record and derives each record's state. */
export function recordStates<D>(versions: Iterable<Version<D>>): Map<string, RecordState<D>> {
  const byRecord = new Map<string, Version<D>[]>();
  for (const v of versions) {
    const list = byRecord.get(v.entityId);
    if (list) list.push(v);
    else byRecord.set(v.entityId, [v]);
  }
  const states = new Map<string, RecordState<D>>();
  for (const [id, list] of byRecord) {
    const state = recordState(list);
    if (state) states.set(id, state);
  }
  return states;
}
