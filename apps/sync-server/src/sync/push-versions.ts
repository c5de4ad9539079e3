import type { Actor, PushResponse, Version } from '@registry/domain';
import type { RegistryDb } from '../db/registry-db';
import { appendVersions } from './append-versions';
import { loadPushContext } from './load-push-context';
import { planPush } from './plan-push';

/**
 * The whole of a push: read what the server holds, decide each version, append the accepted ones.
 * Idempotent: a version already held is reported as duplicate and nothing changes, so a retry after a
 * lost response is always safe.
 */
export async function pushVersions(
  db: RegistryDb,
  actor: Actor,
  pushed: readonly Version[],
  options: { now: Date; importing?: boolean },
): Promise<PushResponse> {
  const importing = options.importing ?? false;
  const ctx = await loadPushContext(db, pushed, { actor, now: options.now, importing });
  const plan = planPush(pushed, ctx);
  const { stored, alreadyHeld } = await appendVersions(db, plan.accept, options.now);
  return { accepted: stored, duplicate: [...plan.duplicate, ...alreadyHeld], rejected: plan.rejected };
}
