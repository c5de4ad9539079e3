import { createVersion, editVersion, recordStates, type Version, type WriteContext } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { MemorySyncServer } from './memory-sync-server';
import { MemorySyncStore } from './memory-sync-store';
import { runSync } from './run-sync';
import type { SyncTransport } from './sync-transport';

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';
let counter = 0;
function device(name: string) {
  const ctx: WriteContext = {
    now: new Date('2026-11-22T08:00:00Z'),
    newId: () => `0192f4c1-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`,
    authorId: '0192f4c2-0000-7000-8000-000000000001',
    deviceId: name,
  };
  return { ctx, store: new MemorySyncStore(), name };
}
const patient = (ctx: WriteContext, fullName: string) =>
  createVersion<Record<string, unknown>>(ctx, 'patient', { fullName, registeredHospitalId: HOSPITAL });
const ids = (store: MemorySyncStore) => [...store.versions.keys()].sort();
/** Each record's heads, as text, in record order: what a device shows. */
const states = (store: MemorySyncStore) =>
  [...recordStates(store.versions.values()).values()]
    .map((s) => `${s.entityId}: ${s.heads.map((h) => h.versionId).join(', ')}`)
    .sort();

describe('runSync', () => {
  it('brings two devices and the server to the same versions and the same state', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    const b = device('b');
    const created = patient(a.ctx, 'Asha Mushi');
    a.store.save(created);
    a.store.save(editVersion(a.ctx, created, { ...created.data, notes: 'seen' }));
    b.store.save(patient(b.ctx, 'Juma Ally'));
    await runSync(a.store, server, { deviceId: 'a' });
    await runSync(b.store, server, { deviceId: 'b' });
    await runSync(a.store, server, { deviceId: 'a' });
    expect(ids(a.store)).toEqual(ids(b.store));
    expect(server.stored.map((v) => v.versionId).sort()).toEqual(ids(a.store));
    expect(states(a.store)).toEqual(states(b.store));
    expect(a.store.outbox).toEqual([]);
  });

  it('pushes again after a lost response, and the server keeps one copy', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    a.store.save(patient(a.ctx, 'Rehema'));
    let lose = true;
    const lossy: SyncTransport = {
      push: async (request) => {
        const response = await server.push(request);
        if (lose) {
          lose = false;
          throw new Error('connection lost after the server committed');
        }
        return response;
      },
      pull: (cursor, limit) => server.pull(cursor, limit),
    };
    await expect(runSync(a.store, lossy, { deviceId: 'a' })).rejects.toThrow(/connection lost/);
    expect(a.store.outbox).toHaveLength(1);
    const progress = await runSync(a.store, lossy, { deviceId: 'a' });
    expect(progress.pushed).toBe(1);
    expect(a.store.outbox).toEqual([]);
    expect(server.stored).toHaveLength(1);
  });

  it('pulls a page again when storing it was interrupted, and misses nothing', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    for (let i = 0; i < 5; i++) a.store.save(patient(a.ctx, `P${i}`));
    await runSync(a.store, server, { deviceId: 'a' });
    const b = device('b');
    const store = b.store;
    const original = store.storePulled.bind(store);
    let calls = 0;
    store.storePulled = async (versions, cursor) => {
      if (++calls === 2) throw new Error('the app was closed');
      return original(versions, cursor);
    };
    await expect(runSync(store, server, { deviceId: 'b', pullLimit: 2, recentLimit: 0 })).rejects.toThrow(
      /closed/,
    );
    expect(store.versions.size).toBe(2);
    await runSync(store, server, { deviceId: 'b', pullLimit: 2 });
    expect(ids(store)).toEqual(ids(a.store));
  });

  it('keeps a refused version with its reason and does not send it again', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    const first = patient(a.ctx, 'First');
    // A second first version of the same record: the server refuses it for good.
    const again: Version = { ...patient(a.ctx, 'Again'), entityId: first.entityId };
    a.store.save(first);
    a.store.save(again);
    a.store.save(patient(a.ctx, 'Fine'));
    expect(await runSync(a.store, server, { deviceId: 'a' })).toMatchObject({ pushed: 2, rejected: 1 });
    expect(a.store.outbox).toEqual([{ version: again, rejection: expect.stringMatching(/already exists/) }]);
    expect(a.store.versions.has(again.versionId)).toBe(true);
    expect(await runSync(a.store, server, { deviceId: 'a' })).toMatchObject({ pushed: 0, rejected: 0 });
  });

  it('refuses an edit of a version the server refused, rather than keeping it waiting', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    const first = patient(a.ctx, 'First');
    const again: Version = { ...patient(a.ctx, 'Again'), entityId: first.entityId };
    const edit = editVersion(a.ctx, again, { ...again.data, notes: 'in the same push' });
    for (const v of [first, again, edit]) a.store.save(v);
    await runSync(a.store, server, { deviceId: 'a' });
    // And an edit made after the refusal, pushed in a later sync.
    const later = editVersion(a.ctx, edit, { ...edit.data, notes: 'after the refusal' });
    a.store.save(later);
    await runSync(a.store, server, { deviceId: 'a' });
    expect(a.store.outbox.map((e) => [e.version.versionId, e.rejection, e.waiting])).toEqual([
      [again.versionId, expect.stringMatching(/already exists/), undefined],
      [edit.versionId, expect.stringMatching(/was refused/), undefined],
      [later.versionId, expect.stringMatching(/was refused/), undefined],
    ]);
  });

  it("keeps a version whose parent the server lacks waiting, and sends it once the parent's author has", async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    const other = { ...device('b').ctx, authorId: '0192f4c2-0000-7000-8000-000000000002' };
    const b = { ctx: other, store: new MemorySyncStore(other.authorId) };
    const base = patient(a.ctx, 'Base');
    const edit = editVersion(b.ctx, base, { ...base.data, notes: 'built on a version not yet sent' });
    a.store.save(base);
    // b holds the base as pulled (from the database before a restore, say), and builds on it.
    await b.store.storePulled([{ ...base, seq: 1, receivedAt: '2026-11-22T08:00:00.000Z' }], undefined);
    b.store.save(edit);
    const first = await runSync(b.store, server, { deviceId: 'b' });
    expect(first).toMatchObject({ pushed: 0, rejected: 0 });
    expect(b.store.outbox).toEqual([{ version: edit, waiting: expect.stringMatching(/does not have/) }]);
    await runSync(a.store, server, { deviceId: 'a' });
    expect(await runSync(b.store, server, { deviceId: 'b' })).toMatchObject({ pushed: 1, rejected: 0 });
    expect(server.stored.map((v) => v.versionId)).toEqual([base.versionId, edit.versionId]);
    expect(b.store.outbox).toEqual([]);
  });

  it('reports progress page by page during a long first sync', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    for (let i = 0; i < 5; i++) a.store.save(patient(a.ctx, `P${i}`));
    await runSync(a.store, server, { deviceId: 'a' });
    const seen: number[] = [];
    await runSync(device('b').store, server, {
      deviceId: 'b',
      pullLimit: 2,
      onProgress: (p) => seen.push(p.pulled),
    });
    expect(seen).toEqual([2, 4, 5]);
  });

  it('stores a long first sync in large batches after the first page, each with the cursor of its last page', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    for (let i = 0; i < 13; i++) a.store.save(patient(a.ctx, `P${i}`));
    await runSync(a.store, server, { deviceId: 'a' });
    const b = device('b');
    const batches: [number, string | undefined][] = [];
    const original = b.store.storePulled.bind(b.store);
    b.store.storePulled = async (versions, cursor) => {
      batches.push([versions.length, cursor]);
      return original(versions, cursor);
    };
    await runSync(b.store, server, { deviceId: 'b', pullLimit: 2, maxStoreBatch: 4, recentLimit: 0 });
    expect(batches).toEqual([
      [2, '2'],
      [4, '6'],
      [4, '10'],
      [3, '13'],
    ]);
    expect(ids(b.store)).toEqual(ids(a.store));
  });

  it('loses nothing when it stops with pulled pages not yet stored', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    for (let i = 0; i < 9; i++) a.store.save(patient(a.ctx, `P${i}`));
    await runSync(a.store, server, { deviceId: 'a' });
    const b = device('b');
    let pulls = 0;
    const failing: SyncTransport = {
      push: (request) => server.push(request),
      pull: (cursor, limit) =>
        ++pulls === 4 ? Promise.reject(new Error('signal lost')) : server.pull(cursor, limit),
    };
    await expect(runSync(b.store, failing, { deviceId: 'b', pullLimit: 2 })).rejects.toThrow(/signal lost/);
    expect(b.store.versions.size).toBe(2);
    expect(await b.store.pullCursor()).toBe('2');
    await runSync(b.store, server, { deviceId: 'b', pullLimit: 2 });
    expect(ids(b.store)).toEqual(ids(a.store));
  });

  it('shows the newest versions and their patients first on a first sync, then pulls everything', async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    const old = patient(a.ctx, 'Registered long ago');
    a.store.save(old);
    for (let i = 0; i < 6; i++) a.store.save(patient(a.ctx, `Filler ${i}`));
    a.store.save(
      createVersion(a.ctx, 'episode', { type: 'surgery', patientId: old.entityId, hospitalId: HOSPITAL }),
    );
    await runSync(a.store, server, { deviceId: 'a' });
    const b = device('b');
    const stored: string[][] = [];
    const original = b.store.storePulled.bind(b.store);
    b.store.storePulled = async (versions, cursor) => {
      stored.push([cursor ?? 'no cursor', ...versions.map((v) => String(v.data.fullName ?? v.data.type))]);
      return original(versions, cursor);
    };
    await runSync(b.store, server, { deviceId: 'b', pullLimit: 3, recentLimit: 1 });
    // The operation and its patient, stored without touching the cursor, beside the full pull.
    expect(stored).toContainEqual(['no cursor', 'Registered long ago', 'surgery']);
    expect(stored.filter(([cursor]) => cursor !== 'no cursor').map(([cursor]) => cursor)).toEqual(['3', '8']);
    expect(await b.store.pullCursor()).toBe('8');
    expect(ids(b.store)).toEqual(ids(a.store));
  });

  it("sends its user's versions again when the server's database was restored from an older backup", async () => {
    const server = new MemorySyncServer();
    const a = device('a');
    const b = {
      ...device('b'),
      ctx: { ...device('b').ctx, authorId: '0192f4c2-0000-7000-8000-000000000002' },
    };
    const aStore = new MemorySyncStore(a.ctx.authorId);
    const bStore = new MemorySyncStore(b.ctx.authorId);
    const first = patient(a.ctx, 'Asha Mushi');
    aStore.save(first);
    await runSync(aStore, server, { deviceId: 'a' });
    const backup = [...server.stored];
    const edit = editVersion(a.ctx, first, { ...first.data, notes: 'after the backup' });
    aStore.save(edit);
    bStore.save(patient(b.ctx, 'Juma Ally'));
    await runSync(aStore, server, { deviceId: 'a' });
    await runSync(bStore, server, { deviceId: 'b' });
    await runSync(aStore, server, { deviceId: 'a' });
    expect(aStore.outbox).toEqual([]);

    // The database comes back from the backup: the edit and b's patient are gone from the server.
    const restored = new MemorySyncServer(backup, 1);
    await runSync(aStore, restored, { deviceId: 'a' });
    // a sends only its own user's versions; b's patient waits for b, who alone may sign it.
    expect(restored.stored.map((v) => v.versionId).sort()).toEqual([first.versionId, edit.versionId].sort());
    await runSync(bStore, restored, { deviceId: 'b' });
    await runSync(aStore, restored, { deviceId: 'a' });
    expect(restored.stored).toHaveLength(3);
    expect(ids(aStore)).toEqual(ids(bStore));
    expect(aStore.outbox).toEqual([]);
    expect(bStore.outbox).toEqual([]);
    // Later syncs in the new generation send nothing again.
    const before = restored.stored.length;
    expect((await runSync(aStore, restored, { deviceId: 'a' })).pushed).toBe(0);
    expect(restored.stored).toHaveLength(before);
  });
});
