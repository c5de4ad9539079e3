import { type Actor, checkWrite, type Rejection, type Version, validateRecordData } from '@registry/domain';
import { sameVersion } from './canonical';
import { dataProblemsReason, REASONS } from './rejection-reasons';

/** What the server already holds that bears on a push; loaded before planning. */
export interface PushContext {
  actor: Actor;
  now: Date;
  /** An admin loading the export file of a device that never reconnected. */
  importing: boolean;
  /** Stored versions by id: those of the push the server already has, and the parents they name. */
  known: ReadonlyMap<string, Version>;
  /** Records that already have versions on the server: a second "create" of one is refused. */
  existingEntityIds: ReadonlySet<string>;
  /** The current date of each surgery episode a discharge or follow-up names (absent: unknown). */
  surgeryDates: ReadonlyMap<string, string | undefined>;
}

export interface PushPlan {
  /** New versions to store, parents before children. */
  accept: Version[];
  duplicate: string[];
  rejected: Rejection[];
}

/**
 * Decides each pushed version, whole: accepted, already held, or refused with a reason a person can
 * act on. Versions may depend on each other; they are taken in causal order whatever order they came in.
 */
export function planPush(pushed: readonly Version[], ctx: PushContext): PushPlan {
  const plan: PushPlan = { accept: [], duplicate: [], rejected: [] };
  const refused = new Map<string, string>();
  const refuse = (id: string, reason: string) => {
    if (!refused.has(id)) refused.set(id, reason);
  };

  const pending = new Map<string, Version>();
  for (const v of uniqueById(pushed, refuse)) {
    // Two different versions with this id in the push: refused, and listed nowhere else (not even as
    // a duplicate when the server holds one of them), so each id lands in exactly one list.
    if (refused.has(v.versionId)) continue;
    const stored = ctx.known.get(v.versionId);
    if (stored) {
      if (sameVersion(stored, v)) plan.duplicate.push(v.versionId);
      else refuse(v.versionId, REASONS.idClash);
    } else {
      pending.set(v.versionId, v);
    }
  }

  const accepted = new Map<string, Version>();
  const created = new Set<string>();
  let progress = true;
  while (progress && pending.size > 0) {
    progress = false;
    for (const v of pending.values()) {
      const blocked = v.parents.find((p) => !ctx.known.has(p) && !accepted.has(p));
      if (blocked && !refused.has(blocked)) continue; // its parent may still be accepted in a later pass
      pending.delete(v.versionId);
      progress = true;
      const reason = blocked ? REASONS.parentRefused(blocked) : decide(v, ctx, accepted, created);
      if (reason) {
        refuse(v.versionId, reason);
      } else {
        accepted.set(v.versionId, v);
        if (v.parents.length === 0) created.add(v.entityId);
        plan.accept.push(v);
      }
    }
  }
  const waiting = new Set<string>();
  for (const v of pending.values()) {
    const missing = v.parents.find((p) => !ctx.known.has(p) && !accepted.has(p)) ?? '';
    refuse(v.versionId, REASONS.unknownParent(missing));
    waiting.add(v.versionId);
  }
  plan.rejected = [...refused].map(([versionId, reason]) =>
    waiting.has(versionId) ? { versionId, reason, retryable: true as const } : { versionId, reason },
  );
  return plan;
}

/** Copies of one version in one push count once; two different versions with one id are both refused. */
function uniqueById(pushed: readonly Version[], refuse: (id: string, reason: string) => void): Version[] {
  const byId = new Map<string, Version>();
  for (const v of pushed) {
    const first = byId.get(v.versionId);
    if (!first) byId.set(v.versionId, v);
    else if (!sameVersion(first, v)) refuse(v.versionId, REASONS.twoInOnePush);
  }
  return [...byId.values()];
}

function decide(
  v: Version,
  ctx: PushContext,
  accepted: ReadonlyMap<string, Version>,
  created: ReadonlySet<string>,
): string | undefined {
  const parents = v.parents.map((p) => ctx.known.get(p) ?? accepted.get(p)).filter((p) => p !== undefined);
  if (parents.some((p) => p.entityId !== v.entityId || p.entity !== v.entity)) return REASONS.foreignParent;
  if (v.parents.length === 0 && (ctx.existingEntityIds.has(v.entityId) || created.has(v.entityId))) {
    return REASONS.recreated;
  }
  const surgery = surgeryOf(v, ctx, accepted);
  const valid = validateRecordData(v.entity, v.data, { now: ctx.now, surgery });
  if (!valid.ok) return dataProblemsReason(v.entity, valid.problems);
  const decision = checkWrite(ctx.actor, v, parents, { importing: ctx.importing });
  return decision.ok ? undefined : decision.reason;
}

/** The operation a discharge or follow-up belongs to, as the server knows it after this push so far. */
function surgeryOf(v: Version, ctx: PushContext, accepted: ReadonlyMap<string, Version>) {
  const surgeryId = v.entity === 'episode' ? v.data.surgeryEpisodeId : undefined;
  if (typeof surgeryId !== 'string') return undefined;
  let date = ctx.surgeryDates.get(surgeryId);
  for (const a of accepted.values()) {
    if (a.entityId === surgeryId && typeof a.data.date === 'string') date = a.data.date;
  }
  return date === undefined ? undefined : { date };
}
