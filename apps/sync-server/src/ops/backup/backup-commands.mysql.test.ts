import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/command';
import { commands } from '../../cli/commands';
import { runCli } from '../../cli/run-cli';
import { parseDatabaseUrl } from '../../db/database-url';
import { pathDirs } from '../../env';
import { makeTempDir } from '../../test-support/temp-dir';
import {
  createTestDatabase,
  dropDatabase,
  randomDatabaseName,
  type TestDatabase,
  testDatabaseUrl,
} from '../../test-support/test-database';
import { fillTestRegistry, type TestRegistry } from './backup-test-registry';
import { EXTRA_CLIENT_DIRS } from './client-programs';
import { createBackup } from './create-backup';
import { openDatabase } from './database-checksums';
import { manifestPathOf } from './manifest';
import { restoreBackup } from './restore-backup';

let source: TestDatabase;
let registry: TestRegistry;
const dataDir = makeTempDir();
/** Where the operator typed the command (pnpm's INIT_CWD): relative paths are taken from here. */
const workDir = makeTempDir();
const databases: string[] = [];

function newDatabaseUrl(): string {
  const name = randomDatabaseName();
  databases.push(name);
  return testDatabaseUrl(name);
}

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: source.url,
      DATA_DIR: dataDir.path,
      LOG_LEVEL: 'silent',
      INIT_CWD: workDir.path,
      USER: 'ops',
      ...env,
    },
  };
  const code = await runCli(argv, commands, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sql(url: string, text: string, values: unknown[] = []): Promise<void> {
  const connection = await openDatabase(url);
  try {
    await connection.query(text, values);
  } finally {
    await connection.end();
  }
}

beforeAll(async () => {
  source = await createTestDatabase();
  registry = await fillTestRegistry(source.db, { patients: 20 });
});
afterAll(async () => {
  await Promise.all(databases.map(dropDatabase));
  await source?.drop();
  dataDir.remove();
  workDir.remove();
});

describe('the backup commands', () => {
  it('back up, restore, verify and compare, as an operator types them', async () => {
    const backup = await cli(['backup', '--out', 'nightly.sql.gz']);
    expect(backup).toMatchObject({ code: 0, err: '' });
    const file = join(workDir.path, 'nightly.sql.gz');
    expect(backup.out).toMatch(
      new RegExp(
        `^Backed up mysql://root@[^ ]+/${source.name} \\(11 tables, [\\d,]+ rows\\) to ${file} \\([\\d.]+ KiB\\)\\.\n`,
      ),
    );
    expect(backup.out).toContain(`Its manifest is ${manifestPathOf(file)}: keep the two together.`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await cli(['backup', '--out', 'nightly.sql.gz'])).toMatchObject({
      code: 1,
      err: `${file} already exists; add --force to replace it.`,
    });

    const target = newDatabaseUrl();
    const restored = await cli(['restore', '--from', 'nightly.sql.gz', '--database-url', target]);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/^table +in backup +restored +content\n/);
    expect(restored.out).toMatch(/^versions +\d+ +\d+ +same content$/m);
    expect(restored.out).toMatch(/every table matches the backup \(11 tables, [\d,]+ rows\)\./);
    expect(restored.out).toMatch(
      /It is database generation [0-9a-f]{16}: devices that synced before will pull/,
    );
    // The URL may come from the environment, out of the list of processes; a second restore is refused.
    const again = await cli(['restore', '--from', 'nightly.sql.gz'], { RESTORE_DATABASE_URL: target });
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/is not empty: it holds 11 tables or other objects/);

    const verified = await cli(['verify-backup', '--from', 'nightly.sql.gz', '--database-url', target]);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(
      /nightly\.sql\.gz is whole and matches its manifest: a backup of reg_t_\w+ taken at /,
    );
    expect(verified.out).toMatch(
      /^database_generation +0 +1 +not compared \(a restore starts a new generation\)$/m,
    );
    expect(verified.out).toMatch(/holds exactly what the backup holds\.$/);

    const same = await cli(['compare-databases', '--with', target]);
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/The databases hold the same rows in every table\.$/);

    // One changed value, then one row fewer: the comparison names the table and what differs.
    await sql(target, "UPDATE hospitals SET region = 'Elsewhere' ORDER BY id LIMIT 1");
    await sql(target, 'DELETE FROM audit_log ORDER BY id LIMIT 1');
    const differ = await cli(['compare-databases', '--with', target]);
    expect(differ.code).toBe(1);
    expect(differ.out).toMatch(/^hospitals +2 +2 +DIFFERENT CONTENT$/m);
    expect(differ.out).toMatch(/^audit_log +\d+ +\d+ +DIFFERENT ROW COUNT$/m);
    expect(differ.out).toMatch(/^versions +(\d+) +\1 +same content$/m);
    expect(differ.err).toBe('The databases differ (see the tables above).');
    const verifyDiffer = await cli(['verify-backup', '--from', file, '--database-url', target]);
    expect(verifyDiffer.code).toBe(1);
    expect(verifyDiffer.err).toMatch(/hospitals +2 +2 +DIFFERENT CONTENT/);
    expect(verifyDiffer.err).toMatch(/does NOT hold what the backup holds/);
  });

  it('tell what is wrong with a damaged backup, and refuse bad arguments', async () => {
    await cli(['backup', '--out', 'damaged.sql']);
    const file = join(workDir.path, 'damaged.sql');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace("'Dr amina'", "'Dr Amina'"));
    const verify = await cli(['verify-backup', '--from', 'damaged.sql']);
    expect(verify.code).toBe(1);
    expect(verify.err).toBe(
      `The backup file ${file} is not the one its manifest describes (its SHA-256 differs): it was damaged or altered after it was written. Use another copy of this backup.`,
    );
    const restore = await cli(['restore', '--from', 'damaged.sql', '--database-url', newDatabaseUrl()]);
    expect(restore).toMatchObject({ code: 1, err: verify.err });
    expect(await cli(['verify-backup', '--from', 'nowhere.sql'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(
        /^There is no manifest at .*nowhere\.sql\.manifest\.json: it is written beside each backup/,
      ),
    });
    expect((await cli(['restore', '--from', 'damaged.sql'])).code).toBe(2);
    expect(await cli(['restore', '--from', 'damaged.sql', '--database-url', 'postgres://x'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--database-url must look like mysql://'),
    });
    expect((await cli(['compare-databases'])).code).toBe(2);
  });

  it('keeps the password out of the list of processes, and leaves no login file behind', async () => {
    const user = `reg_t_bk_${randomBytes(3).toString('hex')}`;
    // Characters an option file has to quote or escape.
    const password = `pa"ss\\word #;x ${randomBytes(4).toString('hex')}`;
    const target = newDatabaseUrl();
    const grantOn = [source.name, parseDatabaseUrl(target).database];
    await sql(testDatabaseUrl('mysql'), 'CREATE USER ?@? IDENTIFIED BY ?', [user, '%', password]);
    try {
      for (const db of grantOn)
        await sql(testDatabaseUrl('mysql'), `GRANT ALL ON \`${db}\`.* TO ?@?`, [user, '%']);
      const url = new URL(source.url);
      url.username = user;
      url.password = encodeURIComponent(password);
      // More than the pipes between the dump program and the file hold: it is still running at its first table.
      await registry.push(registry.surgeon, registry.newPatients(registry.surgeon, 1500));
      const seen: { cmdline: string; environ: string }[] = [];
      let loginFile = '';
      const searchDirs = [...pathDirs(), ...EXTRA_CLIENT_DIRS];
      const backup = await createBackup({
        databaseUrl: url.toString(),
        out: join(workDir.path, 'as-user.sql.gz'),
        searchDirs,
        onTableRows(table) {
          if (table !== '__drizzle_migrations') return;
          for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
            const read = (what: string) => {
              try {
                return readFileSync(`/proc/${pid}/${what}`).toString('utf8');
              } catch {
                return '';
              }
            };
            const cmdline = read('cmdline');
            if (!/mariadb-dump|mysqldump/.test(cmdline)) continue;
            seen.push({ cmdline, environ: read('environ') });
            loginFile = /--defaults-extra-file=([^\0]+)/.exec(cmdline)?.[1] ?? '';
          }
          expect(statSync(loginFile).mode & 0o777).toBe(0o600);
        },
      });
      expect(backup.manifest.source).toBe(`mysql://${user}@${url.host}/${source.name}`);
      expect(seen.length).toBeGreaterThan(0);
      // The client programs blank a password given on their command line once started, so the
      // environment is where one would still be seen; the command line is checked all the same.
      for (const process of seen) {
        expect(process.cmdline).not.toContain(password);
        expect(process.environ).not.toContain(password);
      }
      expect(existsSync(loginFile)).toBe(false);
      // The same login loads it back.
      const targetUrl = new URL(target);
      targetUrl.username = user;
      targetUrl.password = encodeURIComponent(password);
      const restored = await restoreBackup({
        from: backup.path,
        manifest: backup.manifest,
        targetUrl: targetUrl.toString(),
        force: false,
        searchDirs,
      });
      expect(restored.same).toBe(true);
    } finally {
      await sql(testDatabaseUrl('mysql'), 'DROP USER ?@?', [user, '%']);
    }
  });
});
