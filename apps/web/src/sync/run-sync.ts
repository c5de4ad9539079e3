import { PULL_LIMITS, PUSH_LIMITS } from '@registry/domain';
import type { SyncStore } from './sync-store';
import type { SyncTransport } from './sync-transport';

export interface SyncOptions {
  deviceId: string;
  pushBatch?: number;
  pullLimit?: number;
  /** Told after each step, for a progress bar during a long first sync. */
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncProgress {
  pushed: number;
  rejected: number;
  pulled: number;
  /** Whether the server said more versions are waiting. */
  more: boolean;
}

/**
 * One sync: push the outbox in batches, then pull until the server has nothing more, storing each page
 * with its cursor. Every step is one atomic store write, so an interruption anywhere (a crash, a lost
 * response) is resumed by the next run: a push whose answer was lost is pushed again and reported as
 * duplicate; a page whose storing did not finish is pulled again. Errors are thrown to the caller,
 * which shows them and tries later; nothing is dropped.
 */
export async function runSync(
  store: SyncStore,
  transport: SyncTransport,
  options: SyncOptions,
): Promise<SyncProgress> {
  const pushBatch = options.pushBatch ?? Math.min(200, PUSH_LIMITS.maxVersions);
  const pullLimit = options.pullLimit ?? PULL_LIMITS.defaultLimit;
  const progress: SyncProgress = { pushed: 0, rejected: 0, pulled: 0, more: false };

  for (;;) {
    const batch = await store.pendingVersions(pushBatch);
    if (batch.length === 0) break;
    const result = await transport.push({ deviceId: options.deviceId, versions: batch });
    await store.settlePush([...result.accepted, ...result.duplicate], result.rejected);
    progress.pushed += result.accepted.length + result.duplicate.length;
    progress.rejected += result.rejected.length;
    options.onProgress?.({ ...progress });
    // A batch the server answered without settling anything would come back unchanged forever.
    if (result.accepted.length + result.duplicate.length + result.rejected.length === 0) break;
  }

  let cursor = await store.pullCursor();
  for (;;) {
    const page = await transport.pull(cursor, pullLimit);
    await store.storePulled(page.versions, page.cursor);
    cursor = page.cursor;
    progress.pulled += page.versions.length;
    progress.more = page.more;
    options.onProgress?.({ ...progress });
    if (!page.more) return progress;
  }
}
