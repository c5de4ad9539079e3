import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LocalStore } from './local-store';
import { openRegistryDb } from './registry-db';

let opened = 0;

/** A LocalStore over a fresh in-memory IndexedDB (fake-indexeddb), for tests of the device's storage. */
export function testStore(): LocalStore {
  const db = openRegistryDb(`test-${++opened}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return new LocalStore(db);
}
