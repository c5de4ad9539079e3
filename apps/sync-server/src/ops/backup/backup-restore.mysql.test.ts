import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PulledVersion, Version } from '@registry/domain';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionOptions } from '../../db/database-url';
import { createPool, createRegistryDb, type RegistryDb } from '../../db/registry-db';
import { pathDirs } from '../../env';
import { makeTempDir } from '../../test-support/temp-dir';
import { testApp } from '../../test-support/test-app';
import {
  createTestDatabase,
  dropDatabase,
  randomDatabaseName,
  type TestDatabase,
  testDatabaseUrl,
} from '../../test-support/test-database';
import { fillTestRegistry, pullAll, type TestRegistry } from './backup-test-registry';
import { EXTRA_CLIENT_DIRS } from './client-programs';
import { type BackupResult, createBackup } from './create-backup';
import { databaseChecksums, openDatabase } from './database-checksums';
import { manifestPathOf, readManifest } from './manifest';
import { restoreBackup } from './restore-backup';
import { GENERATION_TABLE } from './start-generation';

const searchDirs = [...pathDirs(), ...EXTRA_CLIENT_DIRS];
const files = makeTempDir('reg-backup-');
const databases: string[] = [];
const pools: { end(): Promise<void> }[] = [];
let source: TestDatabase;
let registry: TestRegistry;
/** A backup of the filled registry while nothing else happens. */
let quiet: BackupResult;

/** The URL of a database that does not exist yet (restore creates it); dropped after the tests. */
function newDatabaseUrl(): string {
  const name = randomDatabaseName();
  databases.push(name);
  return testDatabaseUrl(name);
}

function dbAt(url: string): RegistryDb {
  const pool = createPool(url, 3);
  pools.push(pool);
  return createRegistryDb(pool);
}

async function rowsOf(url: string, sql: string): Promise<RowDataPacket[]> {
  const connection = await openDatabase(url);
  try {
    const [rows] = await connection.query<RowDataPacket[]>(sql);
    return rows;
  } finally {
    await connection.end();
  }
}

/** Every row of every table, as text, sorted: a comparison that owes nothing to the checksums. */
async function everyRow(url: string): Promise<Record<string, string[]>> {
  const tables = (await rowsOf(url, 'SHOW FULL TABLES WHERE Table_type = "BASE TABLE"')).map((row) =>
    String(Object.values(row)[0]),
  );
  const all: Record<string, string[]> = {};
  for (const table of tables.filter((name) => name !== GENERATION_TABLE)) {
    const rows = await rowsOf(url, `SELECT * FROM \`${table}\``);
    all[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return all;
}

const restore = (from: string, targetUrl: string, force = false) =>
  readManifest(manifestPathOf(from)).then((manifest) =>
    restoreBackup({ from, manifest, targetUrl, force, searchDirs }),
  );

beforeAll(async () => {
  source = await createTestDatabase();
  // Enough records that the dump program is still reading them when it has filled every buffer.
  registry = await fillTestRegistry(source.db, { patients: 3000 });
  quiet = await createBackup({ databaseUrl: source.url, out: join(files.path, 'quiet.sql.gz'), searchDirs });
}, 300_000);
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end().catch(() => {})));
  await Promise.all(databases.map(dropDatabase));
  await source?.drop();
  files.remove();
});

describe('backup and restore on MariaDB', () => {
  it('writes a manifest that counts every row of every table of the database', async () => {
    const counted: Record<string, number> = {};
    for (const [table] of Object.entries(quiet.manifest.tables)) {
      counted[table] = Number((await rowsOf(source.url, `SELECT COUNT(*) AS n FROM \`${table}\``))[0]?.n);
    }
    expect(Object.keys(quiet.manifest.tables)).toEqual([
      '__drizzle_migrations',
      'audit_log',
      'database_generation',
      'devices',
      'hospitals',
      'memberships',
      'records',
      'seq_counter',
      'sessions',
      'users',
      'versions',
    ]);
    expect(
      Object.fromEntries(Object.entries(quiet.manifest.tables).map(([t, sum]) => [t, sum.rows])),
    ).toEqual(counted);
    expect(counted.versions).toBe(registry.pushed.length);
    expect(quiet.manifest.lastSeq).toBe(registry.pushed.length);
    expect(quiet.manifest.tables).toEqual(await databaseChecksums(source.url));
    // The file is what the manifest says, and gzip'd as its name asks.
    expect(quiet.manifest.file.bytes).toBe(readFileSync(quiet.path).length);
    expect(gunzipSync(readFileSync(quiet.path)).toString('utf8')).toMatch(/-- Dump completed on .*\n$/);
  });

  it('restores into a new database that holds exactly the same rows and serves the same pulls', async () => {
    const target = newDatabaseUrl();
    const result = await restore(quiet.path, target);
    expect(result.same).toBe(true);
    expect(result.tables.map((row) => row.table)).toEqual(Object.keys(quiet.manifest.tables));
    expect(result.generation).toMatch(/^[0-9a-f]{16}$/);

    // Every table, row by row, without the checksums; then the checksums agree too.
    expect(await everyRow(target)).toEqual(await everyRow(source.url));
    const [before, after] = [await databaseChecksums(source.url), await databaseChecksums(target)];
    expect({ ...after, [GENERATION_TABLE]: undefined }).toEqual({ ...before, [GENERATION_TABLE]: undefined });
    expect(after[GENERATION_TABLE]?.rows).toBe(1);

    // The same sessions work on the restored database, and every user pulls what they pulled before.
    const restoredApp = testApp(dbAt(target));
    for (const who of [registry.coordinator, registry.surgeon, registry.partner]) {
      const original = await pullAll(registry.app, who);
      const restored = await pullAll(restoredApp, who);
      expect(restored.versions.length).toBeGreaterThan(0);
      expect(restored.versions).toEqual(original.versions);
    }
  }, 180_000);

  it('takes one consistent snapshot while pushes go on, and restores exactly that snapshot', async () => {
    const { surgeon, partner } = registry;
    let pushing = true;
    const background = (async () => {
      let rounds = 0;
      while (pushing || rounds === 0) {
        await registry.push(partner, registry.newPatients(partner, 10, registry.hospitals.south));
        rounds += 1;
      }
      return rounds;
    })();
    // Pushed while the dump program is in the middle of the records, before it reaches the versions.
    const duringDump: Version[] = [];
    const backup = await createBackup({
      databaseUrl: source.url,
      out: join(files.path, 'busy.sql'),
      searchDirs,
      async onTableRows(table) {
        if (table !== 'records') return;
        const versions = registry.newPatients(surgeon, 60);
        await registry.push(surgeon, versions);
        duringDump.push(...versions);
      },
    });
    pushing = false;
    expect(await background).toBeGreaterThan(0);
    expect(duringDump.length).toBeGreaterThan(0);

    const target = newDatabaseUrl();
    const result = await restore(backup.path, target);
    expect(result.same).toBe(true);
    const lastSeq = backup.manifest.lastSeq ?? -1;

    // One moment: the seq counter, the versions and the records' state all agree.
    const [counter] = await rowsOf(target, 'SELECT value FROM seq_counter');
    const [versions] = await rowsOf(target, 'SELECT COUNT(*) AS n, MAX(seq) AS top FROM versions');
    expect(Number(counter?.value)).toBe(lastSeq);
    expect(Number(versions?.n)).toBe(lastSeq);
    expect(Number(versions?.top)).toBe(lastSeq);
    // Each record's state names the latest of its versions, and every version has its record.
    const latest = new Map<string, { seq: number; id: string }>();
    for (const row of await rowsOf(target, 'SELECT entity_id, version_id, seq FROM versions')) {
      const seen = latest.get(row.entity_id);
      if (!seen || seen.seq < Number(row.seq))
        latest.set(row.entity_id, { seq: Number(row.seq), id: row.version_id });
    }
    const states = new Map(
      (await rowsOf(target, 'SELECT entity_id, last_version_id FROM records')).map((row) => [
        String(row.entity_id),
        String(row.last_version_id),
      ]),
    );
    expect(new Map([...latest].map(([entity, { id }]) => [entity, id]))).toEqual(states);
    // What was pushed after the snapshot began is not in it; what the source held then is, exactly.
    const restoredIds = new Set(
      (await rowsOf(target, 'SELECT version_id FROM versions')).map((row) => row.version_id),
    );
    expect(duringDump.filter((v) => restoredIds.has(v.versionId))).toEqual([]);
    const sourceIds = await rowsOf(source.url, `SELECT version_id FROM versions WHERE seq <= ${lastSeq}`);
    expect(new Set(sourceIds.map((row) => row.version_id))).toEqual(restoredIds);

    // And the restored database serves the pull the source served up to that moment.
    const upTo = (list: PulledVersion[]) => list.filter((v) => v.seq <= lastSeq);
    const original = await pullAll(registry.app, registry.coordinator);
    const restored = await pullAll(testApp(dbAt(target)), registry.coordinator);
    expect(restored.versions).toEqual(upTo(original.versions));
    expect(original.versions.length).toBeGreaterThan(restored.versions.length);
  }, 180_000);

  it('refuses a damaged or cut-short backup before touching the database, saying what is wrong', async () => {
    const whole = readFileSync(quiet.path);
    const manifest = readFileSync(manifestPathOf(quiet.path));
    const copy = (name: string, bytes: Buffer) => {
      const path = join(files.path, name);
      writeFileSync(path, bytes);
      writeFileSync(manifestPathOf(path), manifest);
      return path;
    };
    const target = newDatabaseUrl();
    const cut = copy('cut.sql.gz', whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(restore(cut, target)).rejects.toThrow(
      `The backup file ${cut} is ${Math.floor(whole.length / 2)} bytes long, but it was ${whole.length} bytes when it was written: it was cut short.`,
    );
    const flipped = Buffer.from(whole);
    flipped[Math.floor(whole.length / 2)] = (flipped[Math.floor(whole.length / 2)] ?? 0) ^ 0x01;
    const damaged = copy('damaged.sql.gz', flipped);
    await expect(restore(damaged, target)).rejects.toThrow(
      /is not the one its manifest describes \(its SHA-256 differs\)/,
    );
    // Without its manifest a cut-short file is still caught, by its compression or by the dump itself.
    await expect(
      restoreBackup({ from: cut, manifest: undefined, targetUrl: target, force: false, searchDirs }),
    ).rejects.toThrow(/is damaged: it cannot be decompressed \(unexpected end of file\)/);
    const text = gunzipSync(whole);
    const plainCut = copy('cut.sql', text.subarray(0, text.indexOf('INSERT INTO `versions`') + 5000));
    await expect(
      restoreBackup({ from: plainCut, manifest: undefined, targetUrl: target, force: false, searchDirs }),
    ).rejects.toThrow(/The dump ends in the middle of the rows of table `versions`: it was cut short\./);
    // Nothing was created or loaded meanwhile.
    const admin = await openDatabase(testDatabaseUrl('information_schema'));
    const [exists] = await admin.query<RowDataPacket[]>('SELECT 1 FROM SCHEMATA WHERE SCHEMA_NAME = ?', [
      connectionOptions(target).database,
    ]);
    await admin.end();
    expect(exists).toEqual([]);
  });

  it('reports the database client own words when loading fails', async () => {
    // A dump the reader can follow to its end but the database cannot load.
    const text = gunzipSync(readFileSync(quiet.path))
      .toString('utf8')
      .replace('DROP TABLE IF EXISTS `users`;', 'DROP TABEL IF EXISTS `users`;');
    const from = join(files.path, 'unloadable.sql');
    writeFileSync(from, text);
    const target = newDatabaseUrl();
    await expect(
      restoreBackup({ from, manifest: undefined, targetUrl: target, force: false, searchDirs }),
    ).rejects.toThrow(
      /^Loading the backup into mysql:\/\/.*\/reg_t_\w+ failed: ERROR 1064 \(42000\) at line \d+: You have an error in your SQL syntax.*drop it, and restore into a new, empty database\.$/,
    );
  });

  it('refuses a database that is not empty unless told to replace it, then replaces everything in it', async () => {
    const target = newDatabaseUrl();
    const db = dbAt(target);
    const connection = await openDatabase(testDatabaseUrl('information_schema'));
    await connection.query(`CREATE DATABASE \`${connectionOptions(target).database}\``);
    await connection.end();
    await db.$client.query('CREATE TABLE leftover (id int primary key)');
    await db.$client.query('CREATE TABLE versions (id int primary key)');
    await expect(restore(quiet.path, target)).rejects.toThrow(
      /is not empty: it holds 2 tables or other objects \(leftover, versions\)\. Restore into a new, empty database, or give --force/,
    );
    const forced = await restore(quiet.path, target, true);
    expect(forced.same).toBe(true);
    expect(forced.tables.map((row) => row.table)).not.toContain('leftover');
  });

  it('leaves no file behind when the dump fails, and says why in the dump program own words', async () => {
    const broken = await createTestDatabase();
    try {
      // A view whose table is gone: mariadb-dump stops there, part-way through the dump.
      await broken.pool.query('CREATE TABLE gone (id int primary key)');
      await broken.pool.query('CREATE VIEW stale AS SELECT id FROM gone');
      await broken.pool.query('DROP TABLE gone');
      const folder = makeTempDir('reg-backup-fail-');
      try {
        const out = join(folder.path, 'broken.sql.gz');
        await expect(createBackup({ databaseUrl: broken.url, out, searchDirs })).rejects.toThrow(
          new RegExp(`^mariadb-dump could not back up mysql://[^ ]+/${broken.name}: .*\\bstale\\b.*\\.$`),
        );
        expect(readdirSync(folder.path)).toEqual([]);
        // So does a failure on this side of the pipe.
        await expect(
          createBackup({
            databaseUrl: source.url,
            out,
            searchDirs,
            onTableRows: () => Promise.reject(new Error('the disk is full')),
          }),
        ).rejects.toThrow('the disk is full');
        expect(readdirSync(folder.path)).toEqual([]);
      } finally {
        folder.remove();
      }
    } finally {
      await broken.drop();
    }
  });

  it('says which programs are missing when none is installed', async () => {
    await expect(
      createBackup({ databaseUrl: source.url, out: join(files.path, 'x.sql'), searchDirs: [] }),
    ).rejects.toThrow('Neither mariadb-dump nor mysqldump is installed');
    await expect(
      restoreBackup({
        from: quiet.path,
        manifest: undefined,
        targetUrl: newDatabaseUrl(),
        force: false,
        searchDirs: [],
      }),
    ).rejects.toThrow('Neither mariadb nor mysql is installed');
  });
});
