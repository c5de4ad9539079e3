import Dexie from 'dexie';
import type { BaselineResult, Credentials } from './bench-api';
import { openDevice, signIn } from './device';
import { now, storageNumbers } from './phases';

/**
 * The peer bench's "Limit": the same versions, fetched and parsed with nothing checked or grouped,
 * then Dexie bulkPut in chunks of 1,000 into one plain table. As fast as these bytes get into
 * IndexedDB through Dexie; a first sync's time is compared with its bulkPut time.
 */
export async function bulkPutBaseline(credentials: Credentials): Promise<BaselineResult> {
  const session = await signIn(await openDevice(), credentials);
  const t0 = now();
  const all: unknown[] = [];
  for (let cursor = '', more = true; more; ) {
    const query = new URLSearchParams({ cursor, limit: '5000' });
    const response = await fetch(`/api/sync/pull?${query}`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    const page = (await response.json()) as { versions: unknown[]; cursor: string; more: boolean };
    for (const v of page.versions) all.push(v);
    cursor = page.cursor;
    more = page.more;
  }
  const fetched = now();
  const db = new Dexie(`baseline-${crypto.randomUUID()}`);
  db.version(1).stores({ versions: 'versionId, entityId, entity' });
  await db.open();
  const opened = now();
  const table = db.table('versions');
  for (let i = 0; i < all.length; i += 1000) await table.bulkPut(all.slice(i, i + 1000));
  const done = now();
  return {
    fetchMs: fetched - t0,
    fetched: all.length,
    openMs: opened - fetched,
    bulkPutMs: done - opened,
    count: await table.count(),
    storage: await storageNumbers(),
  };
}
