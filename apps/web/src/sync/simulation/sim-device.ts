import type { Version } from '@registry/domain';
import { testStore } from '../../local/test-store';
import { MemorySyncStore } from '../memory-sync-store';
import type { SyncStore } from '../sync-store';

/** One simulated device: where it saves, what it holds and what waits, and the store the engine syncs. */
export interface SimDevice {
  readonly deviceId: string;
  readonly authorId: string;
  readonly store: SyncStore;
  save(version: Version): Promise<void>;
  /** Every version the device holds, its own and pulled ones. */
  held(): Promise<Version[]>;
  /** Versions in the outbox, refused ones included. */
  waiting(): Promise<number>;
}

export type StoreKind = 'memory' | 'indexeddb';

export function simDevice(kind: StoreKind, index: number): SimDevice {
  const deviceId = `device-${index}`;
  const authorId = `author-${index}`;
  return kind === 'memory' ? memoryDevice(deviceId, authorId) : indexedDbDevice(deviceId, authorId);
}

function memoryDevice(deviceId: string, authorId: string): SimDevice {
  const store = new MemorySyncStore(authorId);
  return {
    deviceId,
    authorId,
    store,
    save: async (version) => store.save(version),
    held: async () => [...store.versions.values()],
    waiting: async () => store.outbox.length,
  };
}

/**
 * The phone's own store: LocalStore over IndexedDB (fake-indexeddb in Node), synced through the same
 * per-user view the app gives the engine, so its transactions, charts and outbox are what is proved.
 */
function indexedDbDevice(deviceId: string, authorId: string): SimDevice {
  const local = testStore();
  const { db } = local;
  return {
    deviceId,
    authorId,
    store: local.syncStoreFor(authorId),
    save: (version) => local.save(version),
    held: async () => (await db.charts.toArray()).flatMap((chart) => chart.versions),
    waiting: () => db.outbox.count(),
  };
}
