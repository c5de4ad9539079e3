import { createVersion, editVersion, recordStates, type Version, type WriteContext } from '@registry/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemorySyncServer } from '../sync/memory-sync-server';
import { runSync } from '../sync/run-sync';
import { testStore } from './test-store';

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';
const ALICE = '0192f4c2-0000-7000-8000-000000000001';
const BOB = '0192f4c2-0000-7000-8000-000000000002';
let counter = 0;
const context = (deviceId: string, authorId = ALICE): WriteContext => ({
  now: new Date('2026-11-22T08:00:00Z'),
  newId: () => `0192f4c1-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`,
  authorId,
  deviceId,
});
const patient = (ctx: WriteContext, fullName: string) =>
  createVersion<Record<string, unknown>>(ctx, 'patient', { fullName, registeredHospitalId: HOSPITAL });
const surgery = (ctx: WriteContext, patientId: string) =>
  createVersion<Record<string, unknown>>(ctx, 'episode', {
    type: 'surgery',
    patientId,
    hospitalId: HOSPITAL,
    date: '2026-11-20',
  });

describe('LocalStore', () => {
  it('keeps a patient and its episodes in one chart, with a summary and the outbox', async () => {
    const store = testStore();
    const ctx = context('phone');
    const p = patient(ctx, 'Asha Mushi');
    const s = surgery(ctx, p.entityId);
    await store.save([p, s]);
    expect((await store.chart(p.entityId)).map((v) => v.versionId)).toEqual([p.versionId, s.versionId]);
    const summary = await store.summary(p.entityId);
    expect(summary?.patient?.fullName).toBe('Asha Mushi');
    expect(summary?.pendingDischarge).toEqual([
      { surgeryId: s.entityId, date: '2026-11-20', hospitalId: HOSPITAL },
    ]);
    expect((await store.outbox()).map((r) => r.versionId)).toEqual([p.versionId, s.versionId]);
  });

  it('tells listeners which patients changed', async () => {
    const store = testStore();
    const heard: string[][] = [];
    store.subscribe((ids) => heard.push([...ids]));
    const p = patient(context('phone'), 'Juma');
    await store.save(p);
    expect(heard).toEqual([[p.entityId]]);
  });

  it('pushes only the signed-in user’s versions; another user’s wait on the device', async () => {
    const store = testStore();
    const server = new MemorySyncServer();
    await store.save(patient(context('phone', ALICE), 'By Alice'));
    await store.save(patient(context('phone', BOB), 'By Bob'));
    await runSync(store.syncStoreFor(ALICE), server, { deviceId: 'phone' });
    expect(server.stored.map((v) => v.data.fullName)).toEqual(['By Alice']);
    expect((await store.outbox()).map((r) => r.version.data.fullName)).toEqual(['By Bob']);
  });

  it('keeps a refused version, with the reason, in the chart and the outbox', async () => {
    const store = testStore();
    const ctx = context('phone');
    const first = patient(ctx, 'First');
    // A second first version of the same record, refused for good; and a version whose parent the
    // server lacks, which only waits (its parent may yet come from another device).
    const again: Version = { ...patient(ctx, 'Again'), entityId: first.entityId };
    const orphan: Version = { ...patient(ctx, 'Orphan'), parents: ['0192f4c1-0000-7000-8000-ffffffffffff'] };
    await store.save([first, again, orphan]);
    await runSync(store.syncStoreFor(ALICE), new MemorySyncServer(), { deviceId: 'phone' });
    const rows = await store.outbox();
    expect(rows.map((row) => [row.versionId, row.rejection])).toEqual([
      [again.versionId, expect.stringMatching(/already exists/)],
      [orphan.versionId, undefined],
    ]);
    expect(await store.chart(first.entityId)).toHaveLength(2);
    await store.retryRejected(again.versionId);
    expect((await store.outbox())[0]?.rejection).toBeUndefined();
  });

  it('adds a large pulled page to the charts already held, keeping what they had', async () => {
    const store = testStore();
    const server = new MemorySyncServer();
    const ctx = context('laptop', BOB);
    const old = Array.from({ length: 5 }, (_, i) => patient(ctx, `Held ${i}`));
    await server.push({ deviceId: 'laptop', versions: old });
    await runSync(store.syncStoreFor(ALICE), server, { deviceId: 'phone' });
    const edits = old.map((p) => editVersion(ctx, p, { ...p.data, hospitalNumber: 'seen again' }));
    const fresh = Array.from({ length: 25 }, (_, i) => patient(ctx, `New ${i}`));
    await server.push({ deviceId: 'laptop', versions: [...edits, ...fresh] });
    await runSync(store.syncStoreFor(ALICE), server, { deviceId: 'phone' });
    expect(await store.allSummaries()).toHaveLength(30);
    for (const p of old) expect(await store.chart(p.entityId)).toHaveLength(2);
    expect((await store.summary(old[0]?.entityId ?? ''))?.patient?.hospitalNumber).toBe('seen again');
  });

  it('forgets pulled records for another user but keeps unsynced work', async () => {
    const store = testStore();
    const server = new MemorySyncServer();
    const other = context('laptop', BOB);
    await server.push({ deviceId: 'laptop', versions: [patient(other, 'Pulled')] });
    const mine = patient(context('phone'), 'Waiting');
    await store.save(mine);
    await store.syncStoreFor(BOB).storePulled((await server.pull('', 100)).versions, '1');
    expect(await store.allSummaries()).toHaveLength(2);
    await store.forgetPulled();
    expect((await store.allSummaries()).map((s) => s.patient?.fullName)).toEqual(['Waiting']);
    expect(await store.syncStoreFor(ALICE).pullCursor()).toBe('');
  });

  it('keeps versions a restore put back for their author, hidden from the next user', async () => {
    const store = testStore();
    const server = new MemorySyncServer();
    const mine = patient(context('phone'), 'Synced once');
    await store.save(mine);
    await runSync(store.syncStoreFor(ALICE), server, { deviceId: 'phone' });
    expect(await store.outbox()).toEqual([]);
    // The server's database was restored: Alice's device puts her versions back, then Bob signs in.
    expect(await store.syncStoreFor(ALICE).resendOwn()).toBe(1);
    await store.forgetPulled();
    expect(await store.allSummaries()).toEqual([]);
    expect((await store.outbox()).map((row) => row.versionId)).toEqual([mine.versionId]);
    // Bob's syncs do not send it; Alice's next sync does.
    const restored = new MemorySyncServer([], 1);
    await runSync(store.syncStoreFor(BOB), restored, { deviceId: 'phone' });
    expect(restored.stored).toEqual([]);
    await store.forgetPulled();
    await runSync(store.syncStoreFor(ALICE), restored, { deviceId: 'phone' });
    expect(restored.stored.map((v) => v.versionId)).toEqual([mine.versionId]);
    expect(await store.outbox()).toEqual([]);
  });

  it('refuses to store a pull begun before another user signed in', async () => {
    const store = testStore();
    const server = new MemorySyncServer();
    await server.push({ deviceId: 'laptop', versions: [patient(context('laptop', BOB), 'Seen by Bob')] });
    const asBob = store.syncStoreFor(BOB);
    const cursor = await asBob.pullCursor();
    const page = await server.pull(cursor, 100);
    await store.forgetPulled();
    await expect(asBob.storePulled(page.versions, page.cursor)).rejects.toThrow(/Another person signed in/);
    expect(await store.allSummaries()).toEqual([]);
    expect(await store.syncStoreFor(ALICE).pullCursor()).toBe('');
  });

  it('converges with other devices whatever the order of saves and syncs (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ device: fc.nat(2), action: fc.constantFrom('create', 'edit', 'episode', 'sync') }),
          {
            maxLength: 25,
          },
        ),
        async (steps) => {
          const server = new MemorySyncServer();
          const devices = ['a', 'b', 'c'].map((name) => ({ name, store: testStore(), ctx: context(name) }));
          const pick = async (d: (typeof devices)[number]) => {
            const summaries = await d.store.allSummaries();
            return summaries.find((s) => s.patient) ?? undefined;
          };
          for (const { device, action } of steps) {
            const d = devices[device];
            if (!d) continue;
            const target = await pick(d);
            if (action === 'create' || !target) await d.store.save(patient(d.ctx, `P${counter}`));
            else if (action === 'sync')
              await runSync(d.store.syncStoreFor(ALICE), server, { deviceId: d.name });
            else {
              const chart = await d.store.chart(target.patientId);
              const state = recordStates(chart).get(target.patientId);
              if (!state) continue;
              await d.store.save(
                action === 'edit'
                  ? editVersion(d.ctx, state.preferred, { ...state.preferred.data, notes: `n${counter}` })
                  : surgery(d.ctx, target.patientId),
              );
            }
          }
          for (let round = 0; round < 2; round++)
            for (const d of devices) await runSync(d.store.syncStoreFor(ALICE), server, { deviceId: d.name });
          const views = await Promise.all(
            devices.map(async (d) => {
              const summaries = await d.store.allSummaries();
              const charts = await Promise.all(summaries.map((s) => d.store.chart(s.patientId)));
              return {
                versions: charts
                  .flat()
                  .map((v) => v.versionId)
                  .sort(),
                summaries: summaries
                  .map(({ changedAt: _c, ...s }) => s)
                  .sort((x, y) => (x.patientId < y.patientId ? -1 : 1)),
              };
            }),
          );
          expect(views[0]?.versions).toEqual(server.stored.map((v) => v.versionId).sort());
          expect(views[1]).toEqual(views[0]);
          expect(views[2]).toEqual(views[0]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
