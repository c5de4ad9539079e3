import { v7 as uuidv7 } from 'uuid';
import { documentCookies } from '../local/eviction/device-cookie';
import { checkStorage } from '../local/eviction/storage-check';
import { StorageGuard } from '../local/eviction/storage-guard';
import { LocalStore } from '../local/local-store';
import { openRegistryDb } from '../local/registry-db';
import { PatientIndex } from '../patients/patient-index';
import { SessionController } from '../session/session-controller';
import { SyncController } from '../sync/sync-controller';

/** The long-lived objects every screen reaches through React context. */
export interface Services {
  deviceId: string;
  store: LocalStore;
  session: SessionController;
  sync: SyncController;
  patients: PatientIndex;
  /** Keeps the device cookie current and tells when the browser deleted the store. */
  storageGuard: StorageGuard;
}

/** Opens the device's store and everything built on it; nothing here needs the network. */
export async function startServices(appVersion: string): Promise<Services> {
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('registry-changes');
  const store = new LocalStore(openRegistryDb(), channel);
  // Before anything else writes to the store: an empty store is told from a deleted one by the cookie.
  const { deviceId, loss } = await checkStorage(store, { cookies: documentCookies, newDeviceId: uuidv7 });
  const sessionChannel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('registry-session');
  const session = new SessionController(store, deviceId, {
    activity: localStorage,
    ...(sessionChannel ? { channel: sessionChannel } : {}),
  });
  // The index is loaded once the first screen is up (see main.tsx): reading every patient and building
  // their search entries takes the main thread for a while, and the screen must not wait for it.
  const patients = new PatientIndex(store);
  await session.load();
  const sync = new SyncController(store, session, { deviceId, appVersion });
  const storageGuard = new StorageGuard(store, deviceId, {
    cookies: documentCookies,
    ...(loss ? { loss } : {}),
  });
  storageGuard.watch(session);
  return { deviceId, store, session, sync, patients, storageGuard };
}
