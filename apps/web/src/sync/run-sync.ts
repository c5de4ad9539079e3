import { PULL_LIMITS, PUSH_LIMITS, type PulledVersion, RECENT_DEFAULT_LIMIT } from '@registry/domain';
import type { SyncStore } from './sync-store';
import type { SyncTransport } from './sync-transport';

export interface SyncOptions {
  deviceId: string;
  pushBatch?: number;
  /** Versions per pull request; by default a small first page (seen at once), then the server's largest. */
  pullLimit?: number;
  /** The most pulled versions kept in memory before they are stored together (see below). */
  maxStoreBatch?: number;
  /** How many of the newest versions a first sync shows before the full pull (0: none). */
  recentLimit?: number;
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
 * One sync: push the outbox in batches, then pull until the server has nothing more, storing pulled
 * versions with the cursor of the last page they came in. Every step is one atomic store write, so an
 * interruption anywhere (a crash, a lost response) is resumed by the next run: a push whose answer was
 * lost is pushed again and reported as duplicate; pages not yet stored are pulled again. When the
 * server says its database was restored from a backup, the device sends its user's versions again
 * (the server may have lost them) before it stores the first page, and pushes them after the pull. Errors are
 * thrown to the caller, which shows them and tries later; nothing is dropped.
 *
 * A long first sync stores the first page alone, so that its patients are on screen at once, then
 * batches of `maxStoreBatch` versions: each store rewrites the charts it touches, so fewer, larger
 * batches write each chart fewer times. Pulling goes on while a batch is being stored.
 */
export async function runSync(
  store: SyncStore,
  transport: SyncTransport,
  options: SyncOptions,
): Promise<SyncProgress> {
  const pushBatch = options.pushBatch ?? Math.min(200, PUSH_LIMITS.maxVersions);
  const firstLimit = options.pullLimit ?? PULL_LIMITS.defaultLimit;
  const laterLimit = options.pullLimit ?? PULL_LIMITS.maxLimit;
  const maxStoreBatch = options.maxStoreBatch ?? 20_000;
  const progress: SyncProgress = { pushed: 0, rejected: 0, pulled: 0, more: false };

  const cursor = await store.pullCursor();
  // A device that never stored a pull page cannot be told of a restore (it has no cursor to be out of
  // date), yet an earlier sync may have pushed versions the server has since lost: it sends its own
  // again with the outbox, which before a first pull are few, and the server keeps each once.
  let resent = cursor === '' ? await store.resendOwn() : 0;
  // Versions the server cannot take yet (their parent has not reached it) go again at the next sync.
  const later = new Set<string>();
  const push = () =>
    pushOutbox(store, transport, options.deviceId, pushBatch, progress, later, options.onProgress);
  await push();

  let next = transport.pull(cursor, firstLimit);
  next.catch(() => undefined);
  // A first sync shows the newest versions and their patients at once, stored without a cursor while
  // the full pull (which alone moves the cursor, and brings them again) goes on. Only a help: a
  // failure changes nothing, and the pull reports its own.
  const recentLimit = options.recentLimit ?? RECENT_DEFAULT_LIMIT;
  const recent =
    cursor === '' && transport.recent && recentLimit > 0
      ? transport
          .recent(recentLimit)
          .then((answer) =>
            answer.versions.length > 0 ? store.storePulled(answer.versions, undefined) : undefined,
          )
          .catch(() => undefined)
      : undefined;
  let buffered: PulledVersion[] = [];
  let stored = 0;
  // One batch is stored while the next is pulled; batches are stored one after another, in order.
  let storing: Promise<void> | undefined;
  try {
    for (;;) {
      const page = await next;
      // Before this page's cursor is stored: a crash in between finds the old cursor and resends again.
      if (page.restored) resent += await store.resendOwn();
      for (const v of page.versions) buffered.push(v);
      progress.pulled += page.versions.length;
      progress.more = page.more;
      if (page.more) {
        next = transport.pull(page.cursor, laterLimit);
        // Handled where it is awaited; this only keeps a failure meanwhile from going unheard.
        next.catch(() => undefined);
      }
      if (!page.more || buffered.length >= (stored === 0 ? firstLimit : maxStoreBatch)) {
        await storing;
        storing = store.storePulled(buffered, page.cursor);
        storing.catch(() => undefined);
        stored += buffered.length;
        buffered = [];
      }
      if (!page.more) {
        await storing;
        options.onProgress?.({ ...progress });
        if (resent > 0) await push();
        return progress;
      }
      options.onProgress?.({ ...progress });
    }
  } finally {
    // Whatever stopped the loop, what is being stored finishes (or fails) before we return.
    await Promise.all([storing?.catch(() => undefined), recent]);
  }
}

/** Pushes the outbox in batches until nothing waits that the server has not answered. */
async function pushOutbox(
  store: SyncStore,
  transport: SyncTransport,
  deviceId: string,
  pushBatch: number,
  progress: SyncProgress,
  later: Set<string>,
  onProgress: SyncOptions['onProgress'],
): Promise<void> {
  for (;;) {
    const batch = (await store.pendingVersions(pushBatch + later.size))
      .filter((v) => !later.has(v.versionId))
      .slice(0, pushBatch);
    if (batch.length === 0) return;
    const result = await transport.push({ deviceId, versions: batch });
    const waiting = result.rejected.filter((r) => r.retryable);
    const refused = result.rejected.filter((r) => !r.retryable);
    for (const r of waiting) later.add(r.versionId);
    await store.settlePush([...result.accepted, ...result.duplicate], refused, waiting);
    progress.pushed += result.accepted.length + result.duplicate.length;
    progress.rejected += refused.length;
    onProgress?.({ ...progress });
    // A batch the server answered without settling anything would come back unchanged forever.
    if (result.accepted.length + result.duplicate.length + result.rejected.length === 0) return;
  }
}
