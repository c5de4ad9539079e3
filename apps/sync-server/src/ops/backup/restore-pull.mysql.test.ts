import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Version } from '@registry/domain';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../db/database-url';
import { ensureDatabase } from '../../db/ensure-database';
import { createPool, createRegistryDb, type RegistryDb } from '../../db/registry-db';
import { pathDirs } from '../../env';
import { encodeCursor } from '../../sync/cursor';
import { makeTempDir } from '../../test-support/temp-dir';
import { testApp } from '../../test-support/test-app';
import {
  createTestDatabase,
  dropDatabase,
  randomDatabaseName,
  type TestDatabase,
  testDatabaseUrl,
} from '../../test-support/test-database';
import { fillTestRegistry, type Person, pullAll, type TestRegistry } from './backup-test-registry';
import { withClientOptionsFile } from './client-options-file';
import { EXTRA_CLIENT_DIRS, findLoadProgram } from './client-programs';
import { type BackupResult, createBackup } from './create-backup';
import { restoreBackup } from './restore-backup';
import { startProgram } from './run-program';

// SYNC.md: no version is ever skipped. Pull cursors hold a seq; a database restored from an older
// backup hands the same seqs out again, to other versions. A device's cursor from before the restore
// must not make it skip them.

const searchDirs = [...pathDirs(), ...EXTRA_CLIENT_DIRS];
const files = makeTempDir('reg-restore-pull-');
const databases: string[] = [];
const pools: { end(): Promise<void> }[] = [];
let source: TestDatabase;
let registry: TestRegistry;
let older: BackupResult;
/** Pushed after the backup, before the restore; the last is a lone patient, at the highest seq. */
let afterBackup: Version[];
let last: Version;

function newDatabase(): { url: string; db: RegistryDb; app: ReturnType<typeof testApp> } {
  const name = randomDatabaseName();
  databases.push(name);
  const url = testDatabaseUrl(name);
  const pool = createPool(url, 3);
  pools.push(pool);
  const db = createRegistryDb(pool);
  return { url, db, app: testApp(db) };
}

async function restoreOlder() {
  const target = newDatabase();
  const result = await restoreBackup({
    from: older.path,
    manifest: older.manifest,
    targetUrl: target.url,
    force: false,
    searchDirs,
  });
  expect(result.same).toBe(true);
  return target;
}

/** The backup loaded with the mariadb client alone, as a disk snapshot or a hand-made restore would be. */
async function loadByHand(url: string): Promise<void> {
  await ensureDatabase(url);
  await withClientOptionsFile(url, async (optionsFile) => {
    const { child, finished } = startProgram(
      findLoadProgram(searchDirs),
      [`--defaults-extra-file=${optionsFile}`, `--database=${parseDatabaseUrl(url).database}`],
      'pipe',
    );
    await pipeline(createReadStream(older.path), createGunzip(), child.stdin as Writable);
    expect(await finished).toMatchObject({ code: 0 });
  });
}

/** `count` lone patients (one version each) by the person. */
const patients = (who: Person, count: number, name: string) =>
  Array.from({ length: count }, (_, i) => who.device.patient(registry.hospitals.north, `${name} ${i}`));

const ids = (versions: readonly { versionId: string }[]) => versions.map((v) => v.versionId);

/** Every version the NDJSON export gives after the watermark, and the watermark to keep. */
async function exportAll(app: ReturnType<typeof testApp>, who: Person, after = '') {
  const versions: { versionId: string }[] = [];
  for (;;) {
    const response = await app.request(`/api/exports/versions.ndjson?after=${encodeURIComponent(after)}`, {
      headers: who.headers,
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const line of text.split('\n')) if (line !== '') versions.push(JSON.parse(line));
    after = response.headers.get('x-next-cursor') ?? '';
    if (response.headers.get('x-more') !== 'true') return { versions, after };
  }
}

async function seqOf(db: RegistryDb, versionId: string): Promise<number | undefined> {
  const [rows] = await db.$client.query<RowDataPacket[]>('SELECT seq FROM versions WHERE version_id = ?', [
    versionId,
  ]);
  return rows[0] === undefined ? undefined : Number(rows[0].seq);
}

beforeAll(async () => {
  source = await createTestDatabase();
  registry = await fillTestRegistry(source.db, { patients: 40 });
  older = await createBackup({ databaseUrl: source.url, out: join(files.path, 'older.sql.gz'), searchDirs });
  afterBackup = registry.newPatients(registry.surgeon, 12);
  last = registry.surgeon.device.patient(registry.hospitals.north, 'Last before the restore');
  afterBackup.push(last);
  await registry.push(registry.surgeon, afterBackup);
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end().catch(() => {})));
  await Promise.all(databases.map(dropDatabase));
  await source?.drop();
  files.remove();
});

describe('pulling after a restore', () => {
  it('brings a device that had pulled past the backup every version pushed after the restore', async () => {
    const { coordinator, surgeon } = registry;
    const before = {
      coordinator: await pullAll(registry.app, coordinator),
      surgeon: await pullAll(registry.app, surgeon),
    };
    expect(ids(before.coordinator.versions)).toContain(last.versionId);

    const restored = await restoreOlder();
    // The restored database hands out again the seqs the devices have read past.
    const fresh = patients(surgeon, 5, 'After the restore');
    await registry.push(surgeon, fresh, restored.app);
    expect(await seqOf(restored.db, fresh[0]?.versionId ?? '')).toBe((older.manifest.lastSeq ?? 0) + 1);

    for (const who of ['coordinator', 'surgeon'] as const) {
      const after = await pullAll(restored.app, registry[who], before[who].cursor);
      expect(ids(after.versions)).toEqual(expect.arrayContaining(ids(fresh)));
      // It started again from the beginning: the device is given everything the server now holds.
      expect(after.versions.length).toBe((await pullAll(restored.app, registry[who])).versions.length);
      // What reached the server only after the backup is not there any more (README, Backups).
      expect(ids(after.versions).filter((id) => ids(afterBackup).includes(id))).toEqual([]);
    }
  });

  it('tells a device that had pulled past the backup, once, so that its versions sent again are back', async () => {
    const { coordinator, surgeon } = registry;
    const before = {
      coordinator: await pullAll(registry.app, coordinator),
      surgeon: await pullAll(registry.app, surgeon),
    };
    expect(before.surgeon.restored).toBe(false);
    const restored = await restoreOlder();
    // A first pull on the restored database, with no cursor, has nothing to be told.
    expect((await pullAll(restored.app, surgeon)).restored).toBe(false);
    const first = await pullAll(restored.app, surgeon, before.surgeon.cursor);
    expect(first.restored).toBe(true);
    // The device sends its user's versions again (SYNC.md); the server takes the lost ones back.
    await registry.push(surgeon, afterBackup, restored.app);
    const next = await pullAll(restored.app, surgeon, first.cursor);
    expect(next.restored).toBe(false);
    expect(ids(next.versions)).toEqual(ids(afterBackup));
    const other = await pullAll(restored.app, coordinator, before.coordinator.cursor);
    expect(other.restored).toBe(true);
    expect(ids(other.versions)).toEqual(expect.arrayContaining(ids(afterBackup)));
  });

  it('starts an export watermark from before the restore again, so that no version after it is skipped', async () => {
    const { coordinator, surgeon } = registry;
    const before = await exportAll(registry.app, coordinator);
    expect(ids(before.versions)).toContain(last.versionId);
    const restored = await restoreOlder();
    const fresh = patients(surgeon, 5, 'Exported after the restore');
    await registry.push(surgeon, fresh, restored.app);
    const after = await exportAll(restored.app, coordinator, before.after);
    expect(ids(after.versions)).toEqual(expect.arrayContaining(ids(fresh)));
    // On a database not restored, the watermark goes on from where it was.
    const more = patients(surgeon, 2, 'Exported on an ordinary day');
    await registry.push(surgeon, more, registry.app);
    expect(ids((await exportAll(registry.app, coordinator, before.after)).versions)).toEqual(ids(more));
  });

  it('starts again even when the version at the cursor is pushed again and gets its old seq back', async () => {
    const { coordinator, surgeon } = registry;
    const before = await pullAll(registry.app, coordinator);
    const seqOfLast = (await seqOf(source.db, last.versionId)) ?? 0;
    const restored = await restoreOlder();
    // New versions up to just below the cursor's seq, then the cursor's own version, sent again (as a
    // recovery of lost versions would): the version at the cursor's seq is the one the cursor names.
    const fresh = patients(surgeon, seqOfLast - (older.manifest.lastSeq ?? 0) - 1, 'Refilled');
    await registry.push(surgeon, [...fresh, last], restored.app);
    expect(await seqOf(restored.db, last.versionId)).toBe(seqOfLast);

    const after = await pullAll(restored.app, coordinator, before.cursor);
    expect(ids(after.versions)).toEqual(expect.arrayContaining(ids(fresh)));
  });

  it('starts again after the database was brought back by other means, once its seqs are handed out again', async () => {
    const { coordinator, surgeon } = registry;
    const before = await pullAll(registry.app, coordinator);
    // No new generation: the backup loaded by hand, as from a disk snapshot.
    const restored = newDatabase();
    await loadByHand(restored.url);
    const fresh = patients(surgeon, afterBackup.length + 3, 'After a snapshot');
    await registry.push(surgeon, fresh, restored.app);

    const after = await pullAll(restored.app, coordinator, before.cursor);
    expect(ids(after.versions)).toEqual(expect.arrayContaining(ids(fresh)));
  });

  it('goes on from the cursor on a database that was not restored', async () => {
    const { coordinator, surgeon } = registry;
    const before = await pullAll(registry.app, coordinator);
    const more = patients(surgeon, 3, 'Ordinary day');
    await registry.push(surgeon, more, registry.app);
    expect(ids((await pullAll(registry.app, coordinator, before.cursor)).versions)).toEqual(ids(more));
    // A cursor made before cursors carried their version goes on too, rather than starting again.
    const seq = (await seqOf(source.db, more[0]?.versionId ?? '')) ?? 0;
    expect(ids((await pullAll(registry.app, coordinator, encodeCursor(seq, 'all'))).versions)).toEqual(
      ids(more.slice(1)),
    );
  });
});
