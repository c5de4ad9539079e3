import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditLog, records, users, versions } from '@registry/db-schema';
import {
  buildDeviceExport,
  DEVICE_EXPORT_FORMAT,
  DEVICE_EXPORT_FORMAT_VERSION,
  type DeviceExport,
  editVersion,
  PUSH_LIMITS,
  pushBatches,
  type SessionUser,
  type Version,
} from '@registry/domain';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, testHospital } from '../../test-support/auth-fixtures';
import { makeTempDir } from '../../test-support/temp-dir';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database';
import { testDevice } from '../../test-support/version-factory';
import type { CliIo } from '../command';
import { runCli } from '../run-cli';
import { commands } from '.';
import { SOME_REFUSED_EXIT_CODE } from './import-device-export';

describe('import-device-export', () => {
  let test: TestDatabase;
  let hospitalId: string;
  let surgeon: SessionUser;
  let admin: SessionUser;
  const dir = makeTempDir();
  beforeAll(async () => {
    test = await createTestDatabase();
    hospitalId = (await testHospital(test.db)).id;
    surgeon = (await signedInUser(test.db, { role: 'surgeon', hospitalIds: [hospitalId] })).user;
    admin = (await signedInUser(test.db, { role: 'admin', username: 'root-admin' })).user;
  });
  afterAll(async () => {
    await test?.drop();
    dir.remove();
  });

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      env: {
        DATABASE_URL: test.url,
        DATA_DIR: dir.path,
        LOG_LEVEL: 'silent',
        USER: 'ops',
        INIT_CWD: dir.path,
      },
    };
    const code = await runCli(argv, commands, io);
    return { code, out, err };
  }

  let files = 0;
  const writeFile = (file: unknown) => {
    const name = `export-${++files}.json`;
    writeFileSync(join(dir.path, name), JSON.stringify(file));
    return name;
  };
  const exportedBy = () => ({ userId: surgeon.id, username: surgeon.username, fullName: surgeon.fullName });
  /** Writes the export file the surgeon's device would make of `list`; returns its name within `dir`. */
  function exportFile(list: Version[], deviceId = 'tablet-7'): string {
    return writeFile(
      buildDeviceExport({
        exportedAt: new Date('2026-03-02T08:00:00.000Z'),
        deviceId,
        exportedBy: exportedBy(),
        appVersion: '1.0.0',
        versions: list,
      }),
    );
  }
  /** The same, with the versions in exactly the order given, as a file put together by hand may be. */
  function handMadeFile(list: Version[], deviceId: string): string {
    const file: DeviceExport = {
      format: DEVICE_EXPORT_FORMAT,
      formatVersion: DEVICE_EXPORT_FORMAT_VERSION,
      exportedAt: '2026-03-02T08:00:00.000Z',
      deviceId,
      exportedBy: exportedBy(),
      versions: list,
      rejections: [],
    };
    return writeFile(file);
  }

  async function counts() {
    const [v] = await test.db.select({ n: count() }).from(versions);
    const [r] = await test.db.select({ n: count() }).from(records);
    const [a] = await test.db.select({ n: count() }).from(auditLog);
    return { versions: v?.n ?? 0, records: r?.n ?? 0, audit: a?.n ?? 0 };
  }
  const importLines = (deviceId: string) =>
    test.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subject, `device:${deviceId}`))
      .orderBy(auditLog.id);
  const storedIds = async (list: Version[]) => {
    const rows = await test.db.select({ id: versions.versionId }).from(versions);
    const all = new Set(rows.map((row) => row.id));
    return list.filter((v) => all.has(v.versionId)).map((v) => v.versionId);
  };

  /** What a surgeon's device saved offline: two patients, an operation, and edits of both. */
  function surgeonsWork() {
    const device = testDevice(surgeon, 'tablet-7');
    const amina = device.patient(hospitalId, 'Amina Juma');
    const baraka = device.patient(hospitalId, 'Baraka Mollel');
    const aminaEdit = editVersion(device.ctx, amina, { ...amina.data, notes: 'allergic to penicillin' });
    const surgery = device.surgery(amina, hospitalId, '2026-02-20');
    const surgeryEdit = editVersion(device.ctx, surgery, { ...surgery.data, date: '2026-02-21' });
    return [amina, baraka, aminaEdit, surgery, surgeryEdit];
  }

  it('stores the versions under their author, audits the import, and stores nothing the second time', async () => {
    const work = surgeonsWork();
    const name = exportFile(work);
    const before = await counts();

    const first = await cli('import-device-export', name, '--as', 'ROOT-ADMIN');
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.out[0]).toBe(
      `Imported ${join(dir.path, name)} (device "tablet-7", ${surgeon.username} — ${surgeon.fullName}, exported 2026-03-02T08:00:00.000Z) as admin "root-admin".`,
    );
    expect(first.out.slice(1)).toEqual([
      '  Versions in the file:  5',
      '  Newly stored:          5',
      '  Already on the server: 0',
      '  Refused:               0',
    ]);
    const stored = await test.db.select().from(versions);
    expect(stored.filter((row) => work.some((v) => v.versionId === row.versionId))).toHaveLength(5);
    expect(stored.every((row) => row.authorId === surgeon.id)).toBe(true);
    const [surgeryRecord] = await test.db
      .select()
      .from(records)
      .where(eq(records.entityId, work[3]?.entityId ?? ''));
    expect(surgeryRecord?.headVersionIds).toEqual([work[4]?.versionId]);
    const after = await counts();
    expect(after).toEqual({
      versions: before.versions + 5,
      records: before.records + 3,
      audit: before.audit + 1,
    });
    const [line] = await importLines('tablet-7');
    expect(line).toMatchObject({
      actorId: admin.id,
      actorUsername: 'root-admin',
      action: 'sync.import',
      outcome: 'ok',
      detail: {
        accepted: 5,
        duplicate: 0,
        rejected: 0,
        via: 'cli',
        osUser: 'ops',
        versionsInFile: 5,
        exportedBy: surgeon.username,
      },
    });

    const second = await cli('import-device-export', name, '--as', 'root-admin');
    expect(second.code).toBe(0);
    expect(second.out.slice(1)).toEqual([
      '  Versions in the file:  5',
      '  Newly stored:          0',
      '  Already on the server: 5',
      '  Refused:               0',
    ]);
    // Another attempt is audited; the registry's contents are unchanged.
    expect(await counts()).toEqual({ ...after, audit: after.audit + 1 });
    expect((await importLines('tablet-7')).at(-1)?.detail).toMatchObject({ accepted: 0, duplicate: 5 });
  });

  it.each([
    ['missing.json', undefined, /^There is no file .*\/missing\.json\.$/],
    ['cut.json', '{"format": "surgical-registry-device-export", "versions": [', /is not complete JSON/],
    [
      'other.json',
      JSON.stringify({ format: 'spreadsheet', versions: [] }),
      /\/other\.json: This is not a device export file of the surgical registry\b/,
    ],
  ])('refuses a bad file with one sentence and writes nothing: %s', async (name, text, message) => {
    if (text !== undefined) writeFileSync(join(dir.path, name), text);
    const before = await counts();
    const run = await cli('import-device-export', name, '--as', 'root-admin');
    expect(run).toMatchObject({ code: 1, out: [] });
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file with a broken version whole, even beside good ones', async () => {
    const [good, other] = surgeonsWork() as [Version, Version];
    const broken = { ...other, parents: 'none' } as unknown as Version;
    const name = handMadeFile([good, broken], 'tablet-broken');
    const before = await counts();
    const run = await cli('import-device-export', name, '--as', 'root-admin');
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      expect.stringMatching(/: The export file cannot be read: .* \(at versions\.1\.parents\)\.$/),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports only under the name of an active admin', async () => {
    const name = exportFile(surgeonsWork());
    const deactivated = (await signedInUser(test.db, { role: 'admin', username: 'old-admin' })).user;
    await test.db.update(users).set({ active: false }).where(eq(users.id, deactivated.id));
    const before = await counts();
    expect(await cli('import-device-export', name, '--as', surgeon.username)).toEqual({
      code: 1,
      out: [],
      err: [
        `"${surgeon.username}" is a surgeon, not an admin: the import is recorded under an active admin’s name.`,
      ],
    });
    expect((await cli('import-device-export', name, '--as', 'nobody')).err).toEqual([
      'There is no user named "nobody": the import is recorded under an active admin’s name.',
    ]);
    expect((await cli('import-device-export', name, '--as', 'old-admin')).err).toEqual([
      '"old-admin" is deactivated: the import is recorded under an active admin’s name.',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('stores the good versions and reports each refused one with its reason, as a push does', async () => {
    const device = testDevice(surgeon, 'tablet-9');
    const [amina, baraka, aminaEdit] = surgeonsWork() as [Version, Version, Version];
    // Passes the file's schema but not the record's: a patient without a name.
    const nameless: Version = { ...device.patient(hospitalId), data: { registeredHospitalId: hospitalId } };
    const namelessEdit = editVersion(device.ctx, nameless, { ...nameless.data, notes: 'x' });
    const list = [amina, nameless, baraka, namelessEdit, aminaEdit];
    const name = exportFile(list, 'tablet-9');
    const before = await counts();

    const run = await cli('import-device-export', name, '--as', 'root-admin');
    expect(run.code).toBe(SOME_REFUSED_EXIT_CODE);
    expect(run.out.slice(1)).toEqual([
      '  Versions in the file:  5',
      '  Newly stored:          3',
      '  Already on the server: 0',
      '  Refused:               2',
      expect.stringMatching(
        new RegExp(`^    ${nameless.versionId}: This patient cannot be accepted as saved: `),
      ),
      `    ${namelessEdit.versionId}: It is based on version ${nameless.versionId}, which was refused; deal with that one first and this one will follow.`,
    ]);
    expect(await storedIds(list)).toEqual([amina.versionId, baraka.versionId, aminaEdit.versionId]);
    expect(await counts()).toEqual({
      versions: before.versions + 3,
      records: before.records + 2,
      audit: before.audit + 1,
    });
    expect((await importLines('tablet-9'))[0]?.detail).toMatchObject({ accepted: 3, rejected: 2 });

    // Again: the stored ones are known, the refused ones are refused again, for the same reasons.
    const again = await cli('import-device-export', name, '--as', 'root-admin');
    expect(again.code).toBe(SOME_REFUSED_EXIT_CODE);
    expect(again.out.slice(2, 5)).toEqual([
      '  Newly stored:          0',
      '  Already on the server: 3',
      '  Refused:               2',
    ]);
    expect(again.out.slice(5)).toEqual(run.out.slice(5));
  });

  it('imports a version whose parent comes later in the file, in another batch', async () => {
    const device = testDevice(surgeon, 'tablet-big');
    const first = device.patient(hospitalId, 'Rehema Mwakyusa');
    const firstEdit = editVersion(device.ctx, first, { ...first.data, notes: 'seen' });
    const others = Array.from({ length: PUSH_LIMITS.maxVersions - 1 }, (_, i) =>
      device.patient(hospitalId, `Patient ${i}`),
    );
    // The edit fills the first batch with the others; its parent would come in the second.
    const list = [firstEdit, ...others, first];
    expect(pushBatches(list).map((batch) => batch.length)).toEqual([PUSH_LIMITS.maxVersions, 1]);
    const run = await cli('import-device-export', handMadeFile(list, 'tablet-big'), '--as', 'root-admin');
    expect(run.out.slice(1, 5)).toEqual([
      `  Versions in the file:  ${list.length}`,
      `  Newly stored:          ${list.length}`,
      '  Already on the server: 0',
      '  Refused:               0',
    ]);
    expect(run.code).toBe(0);
    expect((await importLines('tablet-big')).map((line) => line.detail)).toMatchObject([
      { batch: 1, batches: 2, accepted: PUSH_LIMITS.maxVersions },
      { batch: 2, batches: 2, accepted: 1 },
    ]);
  });

  it('says of the child of a version refused in an earlier batch that its parent was refused', async () => {
    const device = testDevice(surgeon, 'tablet-split');
    const others = Array.from({ length: PUSH_LIMITS.maxVersions - 1 }, (_, i) =>
      device.patient(hospitalId, `Patient ${i}`),
    );
    const nameless: Version = { ...device.patient(hospitalId), data: { registeredHospitalId: hospitalId } };
    const namelessEdit = editVersion(device.ctx, nameless, { ...nameless.data, fullName: 'Named' });
    const list = [...others, nameless, namelessEdit];
    expect(pushBatches(list).map((batch) => batch.length)).toEqual([PUSH_LIMITS.maxVersions, 1]);
    const run = await cli('import-device-export', exportFile(list, 'tablet-split'), '--as', 'root-admin');
    expect(run.code).toBe(SOME_REFUSED_EXIT_CODE);
    expect(run.out.slice(2, 5)).toEqual([
      `  Newly stored:          ${others.length}`,
      '  Already on the server: 0',
      '  Refused:               2',
    ]);
    expect(run.out[6]).toBe(
      `    ${namelessEdit.versionId}: It is based on version ${nameless.versionId}, which was refused; deal with that one first and this one will follow.`,
    );
  });

  it('says with --dry-run what an import would do, and writes nothing', async () => {
    const device = testDevice(surgeon, 'tablet-dry');
    const [stored] = surgeonsWork() as [Version];
    await cli('import-device-export', exportFile([stored], 'tablet-dry'), '--as', 'root-admin');
    const fresh = device.patient(hospitalId, 'Neema Kimaro');
    const nameless: Version = { ...device.patient(hospitalId), data: { registeredHospitalId: hospitalId } };
    const name = exportFile([stored, fresh, nameless], 'tablet-dry');
    const before = await counts();

    const dry = await cli('import-device-export', name, '--as', 'root-admin', '--dry-run');
    expect(dry.code).toBe(SOME_REFUSED_EXIT_CODE);
    expect(dry.out[0]).toMatch(/^Dry run of .* as admin "root-admin": nothing was written\.$/);
    expect(dry.out.slice(1)).toEqual([
      '  Versions in the file:  3',
      '  Would be stored:       1',
      '  Already on the server: 1',
      '  Would be refused:      1',
      expect.stringMatching(new RegExp(`^    ${nameless.versionId}: This patient cannot be accepted`)),
    ]);
    expect(await counts()).toEqual(before);

    const real = await cli('import-device-export', name, '--as', 'root-admin');
    expect(real.out.slice(2)).toEqual([
      '  Newly stored:          1',
      '  Already on the server: 1',
      '  Refused:               1',
      dry.out[5],
    ]);
  });

  it('keeps each batch within the push size limit in bytes', () => {
    const device = testDevice(surgeon);
    const notes = 'x'.repeat(PUSH_LIMITS.maxBytes / 4);
    const big = Array.from({ length: 5 }, () => device.patient(hospitalId, 'Big', { notes }));
    expect(pushBatches(big).map((batch) => batch.length)).toEqual([3, 2]);
  });

  it.each([
    [['import-device-export', '--as', 'root-admin'], /^import-device-export: Name one export file\. Usage:/],
    [['import-device-export', 'a.json'], /^import-device-export: --as is required\. Usage:/],
    [['import-device-export', 'a.json', '--as', 'x', '--force'], /Unknown option '--force'/],
  ])('refuses wrong arguments with exit code 2: %j', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([expect.stringMatching(message)]);
  });
});
