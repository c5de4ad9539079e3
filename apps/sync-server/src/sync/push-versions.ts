import type { Actor, PushResponse, Version } from '@registry/domain';
import type { RegistryDb } from '../db/registry-db';
import { appendVersions } from './append-versions';
import { loadPushContext } from './load-push-context';
import { planPush } from './plan-push';

export interface PushOptions {
  now: Date;
  /** An admin loading the export file of a device that never reconnected. */
  importing?: boolean;
  /** Statements to commit with the versions (the audit line, the device's report), given the outcome. */
  alongside?: (response: PushResponse) => string[];
}

/**
 * The whole of a push: read what the server holds, decide each version, append the accepted ones.
 * Idempotent: a version already held is reported as duplicate and nothing changes, so a retry after a
 * lost response is always safe.
 */
export async function pushVersions(
  db: RegistryDb,
  actor: Actor,
  pushed: readonly Version[],
  options: PushOptions,
): Promise<PushResponse> {
  const ctx = await loadPushContext(db, pushed, {
    actor,
    now: options.now,
    importing: options.importing ?? false,
  });
  const plan = planPush(pushed, ctx);
  const respond = ({ stored, alreadyHeld }: { stored: string[]; alreadyHeld: string[] }): PushResponse => ({
    accepted: stored,
    duplicate: [...plan.duplicate, ...alreadyHeld],
    rejected: plan.rejected,
  });
  const { alongside } = options;
  const outcome = await appendVersions(
    db,
    plan.accept,
    options.now,
    alongside && ((appended) => alongside(respond(appended))),
  );
  return respond(outcome);
}
