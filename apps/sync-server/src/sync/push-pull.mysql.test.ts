import { records } from '@registry/db-schema';
import { editVersion, type Version } from '@registry/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { newHospitalId, testActor, testDevice } from '../test-support/version-factory';
import { encodeCursor } from './cursor';
import { pullVersions } from './pull-versions';
import { pushVersions } from './push-versions';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test?.drop();
});

const A = newHospitalId();
const B = newHospitalId();
const now = () => ({ now: new Date() });

async function pullAll(actor: ReturnType<typeof testActor>, cursor = '', limit = 1000) {
  const got: Version[] = [];
  for (;;) {
    const page = await pullVersions(test.db, actor, { cursor, limit });
    got.push(...page.versions);
    cursor = page.cursor;
    if (!page.more) return { got, cursor };
  }
}

describe('push and pull on MariaDB', () => {
  it('stores a push, reports a retry as duplicate, and keeps the record state', async () => {
    const surgeon = testActor('surgeon', [A]);
    const device = testDevice(surgeon);
    const created = device.patient(A, 'Rehema Mwakyusa');
    const edit = editVersion(device.ctx, created, { ...created.data, notes: 'seen' });
    const first = await pushVersions(test.db, surgeon, [edit, created], now());
    expect(first).toEqual({ accepted: [created.versionId, edit.versionId], duplicate: [], rejected: [] });
    const retry = await pushVersions(test.db, surgeon, [created, edit], now());
    expect(retry).toEqual({ accepted: [], duplicate: [created.versionId, edit.versionId], rejected: [] });
    const [row] = await test.db.select().from(records).where(eq(records.entityId, created.entityId));
    expect(row).toMatchObject({ headVersionIds: [edit.versionId], inConflict: false, hospitalId: A });
  });

  it("stamps each version with the server's time of arrival, in UTC to the millisecond", async () => {
    const surgeon = testActor('surgeon', [A]);
    const v = testDevice(surgeon).patient(A, 'Time Check');
    const arrival = new Date('2026-02-03T04:05:06.789Z');
    await pushVersions(test.db, surgeon, [v], { now: arrival });
    const { got } = await pullAll(surgeon);
    const pulled = got.find((g) => g.versionId === v.versionId) as Version & { receivedAt: string };
    expect(pulled.receivedAt).toBe(arrival.toISOString());
    expect(pulled.data).toEqual(v.data);
    expect(pulled.parents).toEqual(v.parents);
  });

  it('keeps both sides of a conflict made on two devices', async () => {
    const one = testActor('surgeon', [A]);
    const two = testActor('surgeon', [A]);
    const created = testDevice(one).patient(A, 'Baraka Mollel');
    await pushVersions(test.db, one, [created], now());
    const a = editVersion(testDevice(one).ctx, created, { ...created.data, notes: 'a' });
    const b = editVersion(testDevice(two).ctx, created, { ...created.data, notes: 'b' });
    await pushVersions(test.db, one, [a], now());
    await pushVersions(test.db, two, [b], now());
    const [row] = await test.db.select().from(records).where(eq(records.entityId, created.entityId));
    expect(row?.inConflict).toBe(true);
    expect(row?.headVersionIds.sort()).toEqual([a.versionId, b.versionId].sort());
  });

  it('scopes pulls: a surgeon sees their hospitals only, a coordinator sees all', async () => {
    const atA = testActor('surgeon', [A]);
    const atB = testActor('surgeon', [B]);
    const inA = testDevice(atA).patient(A, 'Only A');
    const inB = testDevice(atB).patient(B, 'Only B');
    await pushVersions(test.db, atA, [inA], now());
    await pushVersions(test.db, atB, [inB], now());
    const ids = async (actor: ReturnType<typeof testActor>) =>
      new Set((await pullAll(actor)).got.map((v) => v.versionId));
    const seenByA = await ids(atA);
    expect(seenByA.has(inA.versionId)).toBe(true);
    expect(seenByA.has(inB.versionId)).toBe(false);
    const seenByCoordinator = await ids(testActor('coordinator'));
    expect(seenByCoordinator.has(inA.versionId) && seenByCoordinator.has(inB.versionId)).toBe(true);
  });

  it('starts again from the beginning when the cursor was made for other memberships', async () => {
    const surgeon = testActor('surgeon', [A]);
    const { cursor } = await pullAll(surgeon);
    expect((await pullVersions(test.db, surgeon, { cursor, limit: 10 })).versions).toEqual([]);
    const joined = { ...surgeon, hospitalIds: [A, B] };
    const again = await pullAll(joined, cursor);
    expect(again.got.some((v) => v.data.registeredHospitalId === B)).toBe(true);
  });

  it('pages with limit and more, each version exactly once', async () => {
    const coordinator = testActor('coordinator');
    const device = testDevice(coordinator);
    await pushVersions(
      test.db,
      coordinator,
      Array.from({ length: 25 }, (_, i) => device.patient(A, `P ${i}`)),
      now(),
    );
    const all = await pullAll(coordinator, '', 7);
    const seqs = all.got.map((v) => (v as Version & { seq: number }).seq);
    expect(new Set(all.got.map((v) => v.versionId)).size).toBe(all.got.length);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    const total = await pullAll(coordinator, encodeCursor(0, 'all'), 1000);
    expect(all.got.length).toBe(total.got.length);
  });
});

describe('concurrency', () => {
  it('no pull ever misses a version while many pushes commit through two server instances', async () => {
    const second = await import('../db/registry-db').then(({ createPool, createRegistryDb }) =>
      createRegistryDb(createPool(test.url, 10)),
    );
    const coordinator = testActor('coordinator');
    const { cursor: start } = await pullAll(coordinator);
    const clients = 12;
    const batches = 6;
    const perBatch = 15;
    let pushing = true;
    const pulled = new Map<string, number>();
    const puller = (async () => {
      let cursor = start;
      while (pushing) {
        const { got, cursor: next } = await pullAll(coordinator, cursor, 50);
        for (const v of got) pulled.set(v.versionId, (pulled.get(v.versionId) ?? 0) + 1);
        cursor = next;
      }
      const { got } = await pullAll(coordinator, cursor, 50);
      for (const v of got) pulled.set(v.versionId, (pulled.get(v.versionId) ?? 0) + 1);
    })();
    const accepted: string[] = [];
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        const surgeon = testActor('surgeon', [A]);
        const device = testDevice(surgeon);
        const db = c % 2 === 0 ? test.db : second;
        for (let b = 0; b < batches; b++) {
          const batch = Array.from({ length: perBatch }, (_, i) => device.patient(A, `C${c} B${b} #${i}`));
          const result = await pushVersions(db, surgeon, batch, now());
          expect(result.rejected).toEqual([]);
          accepted.push(...result.accepted);
        }
      }),
    );
    pushing = false;
    await puller;
    await second.$client.end();
    expect(accepted).toHaveLength(clients * batches * perBatch);
    const missing = accepted.filter((id) => !pulled.has(id));
    expect(missing).toEqual([]);
    expect([...pulled.values()].every((n) => n === 1)).toBe(true);
  });
});
