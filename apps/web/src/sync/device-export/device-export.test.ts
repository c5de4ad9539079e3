import {
  createVersion,
  editVersion,
  PUSH_LIMITS,
  type PushRequest,
  type PushResponse,
  parseDeviceExport,
  pushBatches,
  type SessionUser,
  type Version,
  type WriteContext,
} from '@registry/domain';
import { describe, expect, it } from 'vitest';
import type { LocalStore } from '../../local/local-store';
import { testStore } from '../../local/test-store';
import { SyncError } from '../sync-error';
import { type ImportTransport, importDeviceExport, readImportFile } from './import-device-export';
import { exportFileName, unsyncedExport } from './unsynced-export';

// A phone that cannot reach the server hands its unsynced work over as a file: the same surgeon's
// new phone, or an admin's device, imports it. Nothing may be lost, nothing counted twice, and a
// file that cannot be used must change nothing.

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';
const person = (n: number, role: SessionUser['role'], username: string): SessionUser => ({
  id: `0192f4c2-0000-7000-8000-00000000000${n}`,
  username,
  fullName: `Dr ${username}`,
  role,
  hospitalIds: [HOSPITAL],
});
const SURGEON = person(1, 'surgeon', 'amina');
const OTHER_SURGEON = person(2, 'surgeon', 'baraka');
const ADMIN = person(3, 'admin', 'zuhura');

let counter = 0;
const newId = () => `0192f4c1-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`;
const on = (deviceId: string, user: SessionUser): WriteContext => ({
  now: new Date('2026-11-22T08:00:00Z'),
  newId,
  authorId: user.id,
  deviceId,
});
const patient = (ctx: WriteContext, fullName: string) =>
  createVersion<Record<string, unknown>>(ctx, 'patient', { fullName, registeredHospitalId: HOSPITAL });
const operation = (ctx: WriteContext, patientId: string) =>
  createVersion<Record<string, unknown>>(ctx, 'episode', {
    type: 'surgery',
    patientId,
    hospitalId: HOSPITAL,
    date: '2026-11-20',
  });

/** A patient with an operation and an edit, saved offline on `deviceId` by `user`. */
function workOf(deviceId: string, user: SessionUser, fullName: string): Version[] {
  const ctx = on(deviceId, user);
  const p = patient(ctx, fullName);
  return [p, operation(ctx, p.entityId), editVersion(ctx, p, { ...p.data, hospitalNumber: 'BMC-2026-117' })];
}

/** The export file of `store`'s outbox, as its text: what the person carries to another device. */
async function exportText(store: LocalStore, deviceId: string, user: SessionUser): Promise<string> {
  const { file } = await unsyncedExport(store, { deviceId, user, appVersion: '0.1.0+test', now: new Date() });
  return JSON.stringify(file, null, 2);
}

async function imported(store: LocalStore, text: string, user: SessionUser, transport?: ImportTransport) {
  const read = await readImportFile(store, text, user.id);
  if (!read.ok) throw new Error(`the file was refused: ${read.problem}`);
  return importDeviceExport(store, read.summary.file, { user, online: transport !== undefined, transport });
}

const outboxIds = async (store: LocalStore) => (await store.outbox()).map((row) => row.versionId);

/**
 * The server's push with ?import=1 as far as the device sees it: idempotent, a parent it does not
 * hold refused, and any version `refuse` names refused with a reason.
 */
class FakeImportServer implements ImportTransport {
  readonly held = new Map<string, Version>();
  readonly requests: PushRequest[] = [];
  failFrom = Number.POSITIVE_INFINITY;
  constructor(private readonly refuse: (v: Version) => string | undefined = () => undefined) {}

  async importPush(request: PushRequest): Promise<PushResponse> {
    if (this.requests.length >= this.failFrom)
      throw new SyncError('offline', 'The server cannot be reached. Your work is kept on this device.');
    this.requests.push(request);
    if (request.versions.length > PUSH_LIMITS.maxVersions) throw new SyncError('too-large', 'Too many.', 413);
    const response: PushResponse = { accepted: [], duplicate: [], rejected: [] };
    for (const v of request.versions) {
      const reason =
        this.refuse(v) ??
        (v.parents.some((p) => !this.held.has(p))
          ? 'It is based on a version the server does not have.'
          : undefined);
      if (this.held.has(v.versionId)) response.duplicate.push(v.versionId);
      else if (reason) response.rejected.push({ versionId: v.versionId, reason });
      else {
        this.held.set(v.versionId, v);
        response.accepted.push(v.versionId);
      }
    }
    return response;
  }
}

describe('exporting unsynced changes', () => {
  it('writes the whole outbox in its order, refusals with their reasons, and leaves the outbox as it was', async () => {
    const phone = testStore();
    const mine = workOf('phone-1', SURGEON, 'Asha Mushi');
    const theirs = workOf('phone-1', OTHER_SURGEON, 'Juma Said');
    await phone.save(mine);
    await phone.save(theirs);
    await phone
      .syncStoreFor(SURGEON.id)
      .settlePush(
        [],
        [{ versionId: mine[1]?.versionId ?? '', reason: 'Ask an admin to add you to Bugando.' }],
      );
    const before = await phone.outbox();

    const { file, fileName } = await unsyncedExport(phone, {
      deviceId: '0192f4c0-aaaa-7000-8000-00004f1c2a9b',
      user: SURGEON,
      appVersion: '0.1.0+abc',
      now: new Date(2026, 10, 23, 9, 5),
    });

    expect(file.versions).toEqual(before.map((row) => row.version));
    expect(file.versions).toEqual([...mine, ...theirs]);
    expect(file.rejections).toEqual([
      { versionId: mine[1]?.versionId, reason: 'Ask an admin to add you to Bugando.' },
    ]);
    expect(file.exportedBy).toEqual({ userId: SURGEON.id, username: 'amina', fullName: 'Dr amina' });
    expect(file.appVersion).toBe('0.1.0+abc');
    expect(fileName).toBe('registry-unsynced-4f1c2a9b-2026-11-23-0905.json');
    expect(parseDeviceExport(JSON.stringify(file))).toEqual({ ok: true, file });
    expect(await phone.outbox()).toEqual(before);
  });

  it('names the file by the device’s own clock, with a short id even for an odd device id', () => {
    expect(exportFileName('e2e-phone', new Date(2027, 0, 2, 23, 59))).toBe(
      'registry-unsynced-e2ephone-2027-01-02-2359.json',
    );
  });
});

describe('importing a file of one’s own changes (the same surgeon, a new phone)', () => {
  it('keeps them on the new phone and in its outbox, in order, and the patient shows in the lists', async () => {
    const oldPhone = testStore();
    const work = workOf('old-phone', SURGEON, 'Asha Mushi');
    await oldPhone.save(work);
    const text = await exportText(oldPhone, 'old-phone', SURGEON);

    const newPhone = testStore();
    const heard: string[][] = [];
    newPhone.subscribe((ids) => heard.push([...ids]));
    const read = await readImportFile(newPhone, text, SURGEON.id);
    expect(read.ok && { here: read.summary.alreadyHere, own: read.summary.own.length }).toEqual({
      here: 0,
      own: 3,
    });

    const outcome = await imported(newPhone, text, SURGEON);

    expect(outcome).toMatchObject({ ownAdded: 3, alreadyHere: 0, othersNotSent: 0, refused: [] });
    expect(await outboxIds(newPhone)).toEqual(work.map((v) => v.versionId));
    // They go up with the next sync like anything saved on this phone.
    const pending = await newPhone.syncStoreFor(SURGEON.id).pendingVersions(10);
    expect(pending).toEqual(work);
    const patientId = work[0]?.entityId ?? '';
    expect(heard).toContainEqual([patientId]);
    const summary = await newPhone.summary(patientId);
    expect(summary?.patient?.fullName).toBe('Asha Mushi');
    expect(summary?.patient?.hospitalNumber).toBe('BMC-2026-117');
    expect(summary?.pendingDischarge.map((entry) => entry.surgeryId)).toEqual([work[1]?.entityId]);
  });

  it('keeps each version once when two imports of one file run at the same time (two tabs)', async () => {
    const work = workOf('old-phone', SURGEON, 'Asha Mushi');
    const newPhone = testStore();
    const [first, second] = await Promise.all([newPhone.saveImported(work), newPhone.saveImported(work)]);
    expect([...(first ?? []), ...(second ?? [])].sort()).toEqual(work.map((v) => v.versionId).sort());
    expect(await outboxIds(newPhone)).toEqual(work.map((v) => v.versionId));
    expect(await newPhone.chart(work[0]?.entityId ?? '')).toHaveLength(3);
  });

  it('adds nothing the second time, and nothing the phone already had', async () => {
    const oldPhone = testStore();
    const work = workOf('old-phone', SURGEON, 'Asha Mushi');
    await oldPhone.save(work);
    const text = await exportText(oldPhone, 'old-phone', SURGEON);
    const newPhone = testStore();
    await newPhone.save(work[0] as Version);

    expect(await imported(newPhone, text, SURGEON)).toMatchObject({ ownAdded: 2, alreadyHere: 1 });
    const after = await newPhone.outbox();
    const again = await imported(newPhone, text, SURGEON);

    expect(again).toMatchObject({ ownAdded: 0, alreadyHere: 3, sentToServer: 0, alreadyOnServer: 0 });
    expect(await newPhone.outbox()).toEqual(after);
    expect(await newPhone.chart(work[0]?.entityId ?? '')).toHaveLength(3);
    // Imported back on the phone that made it: all there already.
    expect(await imported(oldPhone, text, SURGEON)).toMatchObject({ ownAdded: 0, alreadyHere: 3 });
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2), 'not-json'],
    ['another kind of file', () => '{"resourceType": "Bundle", "entry": []}', 'not-export'],
    [
      'altered in one version',
      (text: string) => text.replace(/"deleted": false/, '"deleted": "no"'),
      'invalid',
    ],
  ])('changes nothing when the file is %s, and says why', async (_, damage, problem) => {
    const oldPhone = testStore();
    await oldPhone.save(workOf('old-phone', SURGEON, 'Asha Mushi'));
    const text = damage(await exportText(oldPhone, 'old-phone', SURGEON));
    const newPhone = testStore();
    await newPhone.save(workOf('new-phone', SURGEON, 'Already here'));
    const before = { outbox: await newPhone.outbox(), summaries: await newPhone.allSummaries() };

    const read = await readImportFile(newPhone, text, SURGEON.id);

    expect(read).toMatchObject({ ok: false, problem });
    expect({ outbox: await newPhone.outbox(), summaries: await newPhone.allSummaries() }).toEqual(before);
  });
});

describe('importing a file with changes by others', () => {
  it('refuses them without the permission, says so, and still imports the user’s own', async () => {
    const sharedPhone = testStore();
    const theirs = workOf('shared-phone', OTHER_SURGEON, 'Juma Said');
    const mine = workOf('shared-phone', SURGEON, 'Asha Mushi');
    // The user's edit of the other surgeon's patient: it cannot go anywhere before that patient does.
    const myEditOfTheirs = editVersion(on('shared-phone', SURGEON), theirs[2] as Version, {
      ...theirs[2]?.data,
      hospitalNumber: 'KCMC-9',
    });
    await sharedPhone.save([...theirs, ...mine, myEditOfTheirs]);
    const text = await exportText(sharedPhone, 'shared-phone', SURGEON);
    const server = new FakeImportServer();
    const newPhone = testStore();

    const outcome = await imported(newPhone, text, SURGEON, server);

    expect(outcome).toMatchObject({
      othersBlocked: 'not-allowed',
      othersNotSent: 3,
      ownAdded: 3,
      ownWaiting: 1,
      sentToServer: 0,
    });
    expect(server.requests).toEqual([]);
    expect(await outboxIds(newPhone)).toEqual(mine.map((v) => v.versionId));
    expect(await newPhone.chart(theirs[0]?.entityId ?? '')).toEqual([]);
  });

  it('for an admin, sends them to the server as an import and keeps what it acknowledged, outside the outbox', async () => {
    const phone = testStore();
    const theirs = workOf('lost-phone', SURGEON, 'Asha Mushi');
    await phone.save(theirs);
    const text = await exportText(phone, 'lost-phone', SURGEON);
    const server = new FakeImportServer();
    const office = testStore();

    const outcome = await imported(office, text, ADMIN, server);

    expect(outcome).toMatchObject({ sentToServer: 3, alreadyOnServer: 0, othersNotSent: 0, ownAdded: 0 });
    expect(server.requests).toEqual([{ deviceId: 'lost-phone', versions: theirs }]);
    expect(await office.outbox()).toEqual([]);
    expect(await office.chart(theirs[0]?.entityId ?? '')).toEqual(theirs);
    expect((await office.summary(theirs[0]?.entityId ?? ''))?.patient?.fullName).toBe('Asha Mushi');

    // Again: the device holds them all, so nothing is even sent.
    const again = await imported(office, text, ADMIN, server);
    expect(again).toMatchObject({ sentToServer: 0, alreadyHere: 3, othersNotSent: 0 });
    expect(server.requests).toHaveLength(1);

    // Another admin's device: the server has them already, and says so.
    const otherOffice = testStore();
    const elsewhere = await imported(otherOffice, text, ADMIN, server);
    expect(elsewhere).toMatchObject({ sentToServer: 0, alreadyOnServer: 3, alreadyHere: 0 });
    expect(await otherOffice.chart(theirs[0]?.entityId ?? '')).toEqual(theirs);
  });

  it('shows what the server refuses with its reason, keeps none of it, and keeps the rest', async () => {
    const phone = testStore();
    const theirs = workOf('lost-phone', SURGEON, 'Asha Mushi');
    await phone.save(theirs);
    const text = await exportText(phone, 'lost-phone', SURGEON);
    const reason = 'The operation date is after today.';
    const server = new FakeImportServer((v) => (v.entity === 'episode' ? reason : undefined));
    const office = testStore();

    const outcome = await imported(office, text, ADMIN, server);

    expect(outcome.refused).toEqual([{ versionId: theirs[1]?.versionId, reason }]);
    expect(outcome).toMatchObject({ sentToServer: 2, othersNotSent: 0 });
    expect((await office.chart(theirs[0]?.entityId ?? '')).map((v) => v.versionId)).toEqual([
      theirs[0]?.versionId,
      theirs[2]?.versionId,
    ]);
    // The file still holds it: imported again once the cause is fixed, it goes in.
    const fixed = new FakeImportServer();
    for (const v of server.held.values()) fixed.held.set(v.versionId, v);
    expect(await imported(office, text, ADMIN, fixed)).toMatchObject({ sentToServer: 1, alreadyHere: 2 });
  });

  it('for an admin offline, says to connect first and imports only their own', async () => {
    const sharedPhone = testStore();
    const theirs = workOf('shared-phone', SURGEON, 'Asha Mushi');
    const adminsOwn = workOf('shared-phone', ADMIN, 'Neema Kweka');
    await sharedPhone.save([...theirs, ...adminsOwn]);
    const text = await exportText(sharedPhone, 'shared-phone', ADMIN);
    const office = testStore();
    const read = await readImportFile(office, text, ADMIN.id);
    if (!read.ok) throw new Error('refused');

    const outcome = await importDeviceExport(office, read.summary.file, {
      user: ADMIN,
      online: false,
      transport: new FakeImportServer(),
    });

    expect(outcome).toMatchObject({ othersBlocked: 'offline', othersNotSent: 3, ownAdded: 3 });
    expect(await outboxIds(office)).toEqual(adminsOwn.map((v) => v.versionId));
  });

  // 2,200 versions through IndexedDB in memory: slow on a busy machine, so a generous limit.
  it('sends large files in batches within the push limit, parents before children, and carries on after a lost connection', {
    timeout: 60_000,
  }, async () => {
    const phone = testStore();
    const ctx = on('lost-phone', SURGEON);
    const work: Version[] = [];
    for (let i = 0; i < 1100; i++) {
      const p = patient(ctx, `Patient ${i}`);
      work.push(p, editVersion(ctx, p, { ...p.data, hospitalNumber: 'KCMC-9' }));
    }
    await phone.save(work);
    const text = await exportText(phone, 'lost-phone', SURGEON);
    const server = new FakeImportServer();
    server.failFrom = 1; // the connection drops after the first batch
    const office = testStore();

    const cut = await imported(office, text, ADMIN, server);

    expect(cut.failure?.kind).toBe('offline');
    expect(cut).toMatchObject({ sentToServer: PUSH_LIMITS.maxVersions, othersNotSent: 2200 - 1000 });
    expect(server.requests[0]?.versions).toEqual(work.slice(0, PUSH_LIMITS.maxVersions));

    server.failFrom = Number.POSITIVE_INFINITY;
    const rest = await imported(office, text, ADMIN, server);
    expect(rest).toMatchObject({ sentToServer: 1200, alreadyHere: 1000, othersNotSent: 0, refused: [] });
    expect(server.requests.map((r) => r.versions.length)).toEqual([1000, 1000, 200]);
    expect(server.held.size).toBe(2200);
    expect((await office.allSummaries()).length).toBe(1100);
  });

  it('cuts batches by size too, so that no push is over the byte limit', () => {
    const ctx = on('lost-phone', SURGEON);
    const big = Array.from({ length: 30 }, (_, i) => ({
      ...patient(ctx, `Patient ${i}`),
      data: { fullName: 'x'.repeat(600_000), registeredHospitalId: HOSPITAL },
    }));
    const batches = pushBatches(big);
    expect(batches.flat()).toEqual(big);
    for (const batch of batches) {
      expect(
        new TextEncoder().encode(JSON.stringify({ deviceId: 'lost-phone', versions: batch })).length,
      ).toBeLessThan(PUSH_LIMITS.maxBytes);
    }
    expect(batches.length).toBeGreaterThan(1);
  });
});
