import { loginResponseSchema } from '@registry/domain';
import { LocalStore } from '../../../apps/web/src/local/local-store';
import { openRegistryDb } from '../../../apps/web/src/local/registry-db';
import { PatientIndex } from '../../../apps/web/src/patients/patient-index';
import { apiRequest } from '../../../apps/web/src/sync/api-request';
import type { Credentials } from './bench-api';
import { measure, now, timeMethod } from './phases';

/** The device as the app starts it (start-services.ts): the store, and the index over its summaries. */
export interface Device {
  store: LocalStore;
  index: PatientIndex;
  deviceId: string;
}

export interface Session {
  token: string;
  userId: string;
}

/** Opens the device's database and loads the index, as the app does at start. */
export async function openDevice(): Promise<Device> {
  const db = openRegistryDb();
  await db.open();
  const channel = new BroadcastChannel('registry-changes');
  const store = new LocalStore(db, channel);
  const index = new PatientIndex(store);
  await index.load();
  let deviceId = await store.getMeta<string>('deviceId');
  if (!deviceId) {
    deviceId = crypto.randomUUID();
    await store.setMeta('deviceId', deviceId);
  }
  instrument(store, index);
  return { store, index, deviceId };
}

export async function signIn(device: Device, { username, password }: Credentials): Promise<Session> {
  const { token, user } = await apiRequest(
    '/api/auth/login',
    loginResponseSchema,
    { method: 'POST', body: JSON.stringify({ username, password, deviceId: device.deviceId }) },
    {},
  );
  return { token, userId: user.id };
}

/**
 * Measures the store's IndexedDB calls and the index's refreshes without touching the app's code: the
 * Dexie tables' methods are wrapped on their instances. A stored page then splits into prepare (strip
 * the server's fields, open the transaction, group by chart), read charts, summarize (merge versions,
 * recompute summaries: CPU), write charts, write summaries, write cursor, and commit.
 */
function instrument(store: LocalStore, index: PatientIndex): void {
  const { db } = store;
  let readStart = 0;
  let readEnd = 0;
  let cursorEnd = 0;
  // The keys of the stored charts are read first (part of `store.prepare`), then the touched ones.
  timeMethod(db.charts, 'bulkGet', 'store.readCharts', (start, end) => {
    readStart = start;
    readEnd = end;
  });
  timeMethod(db.charts, 'bulkPut', 'store.writeCharts', (start) =>
    measure('store.summarize', readEnd, start),
  );
  timeMethod(db.summaryBuckets, 'bulkGet', 'store.readSummaries');
  timeMethod(db.summaryBuckets, 'bulkPut', 'store.writeSummaries');
  timeMethod(db.meta, 'put', 'store.writeCursor', (_start, end) => {
    cursorEnd = end;
  });
  const syncStoreFor = store.syncStoreFor.bind(store);
  store.syncStoreFor = (authorId, clock) => {
    const inner = syncStoreFor(authorId, clock);
    return {
      ...inner,
      storePulled: async (versions, cursor) => {
        const start = now();
        await inner.storePulled(versions, cursor);
        const end = now();
        measure('store.total', start, end);
        measure('store.prepare', start, readStart);
        measure('store.commit', cursorEnd, end);
      },
    };
  };
  // A store notice (with the changed summaries) starts an index refresh (their search entries); the
  // index's own notice ends it.
  const notices: number[] = [];
  store.subscribe((ids) => {
    if (ids.length > 0) notices.push(now());
  });
  index.subscribe(() => {
    const start = notices.shift();
    if (start !== undefined) measure('index.refresh', start);
  });
}
