import { createVersion, type Version } from '@registry/domain';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SessionController } from '../../session/session-controller';
import { memoryStorage, signInServer as server, TEST_USER } from '../../session/test-session';
import { LocalStore } from '../local-store';
import { DB_NAME, openRegistryDb } from '../registry-db';
import { MemoryCookieJar } from './memory-cookie-jar';
import { checkStorage } from './storage-check';
import { StorageGuard } from './storage-guard';

export const USER = TEST_USER;

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';

/**
 * One browser for tests of the storage check: its own IndexedDB (fake-indexeddb) and cookies, which
 * outlive every start of the app in it, as a browser's do; and the eviction of its storage (the
 * database deleted, the cookies kept), with the app closed or open.
 */
export function testBrowser(now = () => new Date('2026-11-29T08:00:00Z')) {
  const indexedDB = new IDBFactory();
  const cookies = new MemoryCookieJar();
  let saved = 0;
  return {
    cookies,
    /** What start-services does with the store, the session and the guard. */
    async start() {
      const store = new LocalStore(openRegistryDb(DB_NAME, { indexedDB, IDBKeyRange }));
      const check = await checkStorage(store, { cookies, newDeviceId: () => crypto.randomUUID(), now });
      const session = new SessionController(store, check.deviceId, {
        fetch: server,
        activity: memoryStorage(),
      });
      await session.load();
      const guard = new StorageGuard(store, check.deviceId, {
        cookies,
        now,
        ...(check.loss ? { loss: check.loss } : {}),
      });
      const stop = guard.watch(session);
      await guard.settled();
      /** Saves new patients as a person would, and waits until the cookie tells of them. */
      const savePatients = async (count: number): Promise<Version[]> => {
        const versions = Array.from({ length: count }, () =>
          createVersion<Record<string, unknown>>(
            {
              now: new Date(Date.UTC(2026, 10, 20, 8, saved++)),
              newId: () => crypto.randomUUID(),
              authorId: USER.id,
              deviceId: check.deviceId,
            },
            'patient',
            { fullName: `Patient ${saved}`, registeredHospitalId: HOSPITAL },
          ),
        );
        for (const version of versions) await store.save(version);
        await guard.settled();
        return versions;
      };
      /** The server took these versions: they leave the outbox, as after a sync. */
      const acknowledge = async (versions: readonly Version[]) => {
        await store.syncStoreFor(USER.id).settlePush(
          versions.map((v) => v.versionId),
          [],
        );
        await guard.settled();
      };
      return {
        store,
        check,
        session,
        guard,
        savePatients,
        acknowledge,
        signIn: async () => {
          await session.signIn(USER.username, 'password');
          await guard.settled();
        },
        /** The tab is closed. */
        close: () => {
          stop();
          store.db.close();
        },
      };
    },
    /** The browser deletes the origin's IndexedDB and keeps its cookies. */
    evict: () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(DB_NAME);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
    /** Another tab opens the database with a newer schema, as a new version of the app would. */
    upgrade: async () => {
      const newer = openRegistryDb(DB_NAME, { indexedDB, IDBKeyRange });
      newer.version(4).stores({ extra: 'key' });
      await newer.open();
      return newer;
    },
  };
}
