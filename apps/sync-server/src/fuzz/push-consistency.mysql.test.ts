import { records, versions } from '@registry/db-schema';
import {
  type PushResponse,
  type Role,
  recordHospitalId,
  recordStates,
  type Version,
  validateRecordData,
} from '@registry/domain';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameVersion } from '../sync/canonical';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { HOSTILE_STRINGS } from './hostile';

// No partial writes (SYNC.md): batches mixing good versions with bad data, unknown parents, foreign
// authors, repeats, copies, clashing ids and children of refused versions, pushed by every role (and
// as an admin's import), sometimes twice at once (a retry racing its original). After each push the
// answer and the database must agree exactly, and the `records` projection must be what the domain's
// recordStates computes from every stored version.
const RUNS = Number(process.env.FUZZ_PUSH_RUNS ?? 30);

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let hospitals: { visible: string; other: string };
let users: Record<Role, SignedInUser>;
const strangerId = uuidv7();

beforeAll(async () => {
  test = await createTestDatabase();
  app = testApp(test.db);
  const [visible, other] = await Promise.all([testHospital(test.db), testHospital(test.db)]);
  hospitals = { visible: visible.id, other: other.id };
  users = {
    surgeon: await signedInUser(test.db, { role: 'surgeon', hospitalIds: [visible.id] }),
    coordinator: await signedInUser(test.db, { role: 'coordinator' }),
    admin: await signedInUser(test.db, { role: 'admin' }),
  };
});
afterAll(async () => {
  await test?.drop();
});

/** What the test knows a version's fate must be; `any` where the rules are not this test's subject. */
type Expect = 'accept' | 'reject' | 'duplicate' | 'any';

type Op =
  | { k: 'create'; entity: 'patient' | 'surgery'; hospital: 0 | 1 | 2; text: string }
  | { k: 'edit'; pick: number; text: string; deleted: boolean }
  | { k: 'resolve'; pick: number; pick2: number }
  | { k: 'bad'; how: number }
  | { k: 'unknownParent' }
  | { k: 'foreignAuthor' }
  | { k: 'repeat'; pick: number }
  | { k: 'copy' }
  | { k: 'clash'; pick: number }
  | { k: 'repeatAndClash'; pick: number; clashFirst: boolean }
  | { k: 'childOfBad' }
  | { k: 'foreignParent'; pick: number; pick2: number }
  | { k: 'recreate'; pick: number };

const texts = fc.oneof(
  { arbitrary: fc.constantFrom('Amina Juma', 'Zawadi Kimaro', 'Neema'), weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length <= 300)), weight: 2 },
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      k: fc.constant('create' as const),
      entity: fc.constantFrom('patient' as const, 'surgery' as const),
      hospital: fc.constantFrom(0 as const, 1 as const, 2 as const),
      text: texts,
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      k: fc.constant('edit' as const),
      pick: fc.nat(),
      text: texts,
      deleted: fc.boolean(),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({ k: fc.constant('resolve' as const), pick: fc.nat(), pick2: fc.nat() }),
    weight: 1,
  },
  { arbitrary: fc.record({ k: fc.constant('bad' as const), how: fc.nat(3) }), weight: 1 },
  { arbitrary: fc.constant({ k: 'unknownParent' as const }), weight: 1 },
  { arbitrary: fc.constant({ k: 'foreignAuthor' as const }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('repeat' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.constant({ k: 'copy' as const }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('clash' as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      k: fc.constant('repeatAndClash' as const),
      pick: fc.nat(),
      clashFirst: fc.boolean(),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant({ k: 'childOfBad' as const }), weight: 1 },
  {
    arbitrary: fc.record({ k: fc.constant('foreignParent' as const), pick: fc.nat(), pick2: fc.nat() }),
    weight: 1,
  },
  { arbitrary: fc.record({ k: fc.constant('recreate' as const), pick: fc.nat() }), weight: 1 },
);

interface PushPlan {
  actor: Role;
  importing: boolean;
  ops: Op[];
  /** Order keys: the batch is sent shuffled (the server must still take parents first). */
  order: number[];
  /** Send the same batch twice at once, as a retry racing its original. */
  race: boolean;
}

const planArb: fc.Arbitrary<PushPlan> = fc
  .record({
    actor: fc.constantFrom<Role>('surgeon', 'coordinator', 'admin'),
    importing: fc.nat(5).map((n) => n === 0),
    ops: fc.array(opArb, { minLength: 1, maxLength: 10 }),
    order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    race: fc.nat(4).map((n) => n === 0),
  })
  .map((plan) => ({ ...plan, importing: plan.importing && plan.actor === 'admin' }));

/** Everything in the versions table, as versions. */
async function storedVersions(): Promise<Version[]> {
  const rows = await test.db.select().from(versions);
  return rows.map((r) => ({
    versionId: r.versionId,
    entity: r.entity as Version['entity'],
    entityId: r.entityId,
    parents: r.parents,
    data: r.data,
    deleted: Boolean(r.deleted),
    authorId: r.authorId,
    deviceId: r.deviceId,
    createdAt: r.createdAt,
    schema: r.schemaVersion,
  }));
}

/** Turns generated ops into a batch of versions, with what each one's fate must be. */
function buildBatch(plan: PushPlan, stored: readonly Version[], everPushed: readonly Version[]) {
  const actor = users[plan.actor].user;
  const now = new Date();
  const batch: Version[] = [];
  const expected = new Map<string, Expect>();
  const storedIds = new Set(stored.map((v) => v.versionId));
  const known = () => [...stored, ...batch];
  const pick = <T>(list: readonly T[], n: number): T | undefined =>
    list.length ? list[n % list.length] : undefined;
  const visibleTo = (hospitalId: string) => plan.actor !== 'surgeon' || hospitalId === hospitals.visible;
  const make = (fields: Partial<Version> & Pick<Version, 'entity' | 'entityId' | 'data'>): Version => ({
    versionId: uuidv7(),
    parents: [],
    deleted: false,
    authorId: actor.id,
    deviceId: `fuzz-${plan.actor}`,
    createdAt: now.toISOString(),
    schema: 1,
    ...fields,
  });
  const patientData = (hospitalId: string, text: string) => ({
    fullName: text,
    registeredHospitalId: hospitalId,
    notes: text,
  });
  const dataValid = (v: Version) => validateRecordData(v.entity, v.data, { now }).ok;
  const add = (v: Version, expect: Expect) => {
    batch.push(v);
    const before = expected.get(v.versionId);
    // The same id twice with different content: neither is accepted, whatever either was.
    expected.set(v.versionId, before === undefined ? expect : 'any');
  };
  let lastBad: Version | undefined;

  for (const op of plan.ops) {
    switch (op.k) {
      case 'create': {
        const hospitalId = [hospitals.visible, hospitals.other, uuidv7()][op.hospital] ?? hospitals.visible;
        const patient = pick(
          known().filter((v) => v.entity === 'patient'),
          op.text.length,
        );
        const v =
          op.entity === 'patient' || !patient
            ? make({ entity: 'patient', entityId: uuidv7(), data: patientData(hospitalId, op.text) })
            : make({
                entity: 'episode',
                entityId: uuidv7(),
                data: {
                  type: 'surgery',
                  patientId: patient.entityId,
                  hospitalId,
                  date: '2026-01-10',
                  comments: op.text,
                },
              });
        const sure = v.entity === 'patient' && op.hospital !== 2;
        add(v, !sure ? 'any' : dataValid(v) && visibleTo(hospitalId) ? 'accept' : 'reject');
        break;
      }
      case 'edit': {
        const base = pick(known(), op.pick);
        if (!base) break;
        const data =
          base.entity === 'patient' ? { ...base.data, notes: op.text } : { ...base.data, comments: op.text };
        add(
          make({
            entity: base.entity,
            entityId: base.entityId,
            parents: [base.versionId],
            data,
            deleted: op.deleted,
          }),
          'any',
        );
        break;
      }
      case 'resolve': {
        const a = pick(known(), op.pick);
        const b =
          a &&
          pick(
            known().filter((v) => v.entityId === a.entityId && v.versionId !== a.versionId),
            op.pick2,
          );
        if (!a || !b) break;
        add(
          make({ entity: a.entity, entityId: a.entityId, parents: [a.versionId, b.versionId], data: a.data }),
          'any',
        );
        break;
      }
      case 'bad': {
        const data =
          [
            { fullName: '   ', registeredHospitalId: hospitals.visible },
            { fullName: 'Bad', registeredHospitalId: hospitals.visible, shoeSize: 42 },
            { fullName: 'Bad', registeredHospitalId: hospitals.visible, birthYear: 3000 },
            { fullName: 'Bad', registeredHospitalId: 'not-an-id' },
          ][op.how] ?? {};
        lastBad = make({ entity: 'patient', entityId: uuidv7(), data });
        add(lastBad, 'reject');
        break;
      }
      case 'unknownParent': {
        const base = pick(known(), 0);
        lastBad = make({
          entity: base?.entity ?? 'patient',
          entityId: base?.entityId ?? uuidv7(),
          parents: [uuidv7()],
          data: base?.data ?? patientData(hospitals.visible, 'Orphan'),
        });
        add(lastBad, 'reject');
        break;
      }
      case 'foreignAuthor': {
        const v = make({
          entity: 'patient',
          entityId: uuidv7(),
          data: patientData(hospitals.visible, 'Signed by another'),
          authorId: strangerId,
        });
        add(v, plan.importing ? 'accept' : 'reject');
        break;
      }
      case 'repeat': {
        const again = pick(everPushed, op.pick);
        if (!again) break;
        add(again, storedIds.has(again.versionId) && sameStored(stored, again) ? 'duplicate' : 'any');
        break;
      }
      case 'copy': {
        const last = batch.at(-1);
        if (last) batch.push(last); // the same version twice counts once
        break;
      }
      case 'clash': {
        const target = pick(known(), op.pick);
        if (!target) break;
        const v = { ...target, data: { ...target.data, notes: `clash ${uuidv7()}` } };
        add(v, storedIds.has(target.versionId) ? 'reject' : 'any');
        break;
      }
      case 'repeatAndClash': {
        // A version the server may hold, and in the same push another version with its id.
        const again = pick(everPushed.slice(-20), op.pick);
        if (!again) break;
        const clash = { ...again, data: { ...again.data, notes: `clash ${uuidv7()}` } };
        for (const v of op.clashFirst ? [clash, again] : [again, clash]) add(v, 'any');
        break;
      }
      case 'childOfBad': {
        if (!lastBad) break;
        add(
          make({
            entity: lastBad.entity,
            entityId: lastBad.entityId,
            parents: [lastBad.versionId],
            data: lastBad.data,
          }),
          'reject',
        );
        break;
      }
      case 'foreignParent': {
        const a = pick(known(), op.pick);
        const b =
          a &&
          pick(
            known().filter((v) => v.entityId !== a.entityId),
            op.pick2,
          );
        if (!a || !b) break;
        add(make({ entity: a.entity, entityId: a.entityId, parents: [b.versionId], data: a.data }), 'reject');
        break;
      }
      case 'recreate': {
        const base = pick(stored, op.pick);
        if (!base) break;
        add(make({ entity: base.entity, entityId: base.entityId, data: base.data }), 'reject');
        break;
      }
    }
  }
  const keyed = batch.map((v, i) => ({ v, key: plan.order[i % plan.order.length] ?? 0, i }));
  keyed.sort((x, y) => x.key - y.key || x.i - y.i);
  return { batch: keyed.map((k) => k.v), expected };
}

function sameStored(stored: readonly Version[], v: Version): boolean {
  const row = stored.find((s) => s.versionId === v.versionId);
  return row !== undefined && sameVersion(row, v);
}

async function push(plan: PushPlan, batch: readonly Version[]): Promise<PushResponse> {
  const response = await app.request(`/api/sync/push${plan.importing ? '?import=1' : ''}`, {
    method: 'POST',
    headers: users[plan.actor].headers,
    body: JSON.stringify({ deviceId: `fuzz-${plan.actor}`, versions: batch }),
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 500)).toBe(200);
  return JSON.parse(text) as PushResponse;
}

/** The answer accounts for every distinct id exactly once. */
function checkAnswer(batch: readonly Version[], answer: PushResponse): void {
  const pushed = new Set(batch.map((v) => v.versionId));
  const listed = [...answer.accepted, ...answer.duplicate, ...answer.rejected.map((r) => r.versionId)];
  const where = (id: string) =>
    [
      answer.accepted.includes(id) && 'accepted',
      answer.duplicate.includes(id) && 'duplicate',
      answer.rejected.some((r) => r.versionId === id) && 'rejected',
    ].filter(Boolean);
  for (const id of pushed) expect(where(id), `version ${id} must be in exactly one list`).toHaveLength(1);
  expect(listed.length, 'accepted + duplicate + rejected = distinct versions pushed').toBe(pushed.size);
  for (const r of answer.rejected) expect(r.reason.trim(), `a reason for ${r.versionId}`).not.toBe('');
}

/** The projection is what the domain derives from the stored versions, record by record. */
async function checkProjection(all: readonly Version[]): Promise<void> {
  const states = recordStates(all);
  const rows = await test.db.select().from(records);
  expect(new Set(rows.map((r) => r.entityId)), 'one records row per record with versions').toEqual(
    new Set(states.keys()),
  );
  for (const row of rows) {
    const state = states.get(row.entityId);
    if (!state) continue;
    const data = state.preferred.data;
    expect(
      {
        entity: row.entity,
        heads: [...row.headVersionIds].sort(),
        preferred: row.preferredVersionId,
        inConflict: Boolean(row.inConflict),
        deleted: Boolean(row.deleted),
        hospitalId: row.hospitalId,
        patientId: row.patientId,
      },
      `records row of ${row.entityId}`,
    ).toEqual({
      entity: state.entity,
      heads: state.heads.map((h) => h.versionId).sort(),
      preferred: state.preferred.versionId,
      inConflict: state.inConflict,
      deleted: state.deleted,
      hospitalId: recordHospitalId(state.entity, data) ?? '',
      patientId:
        state.entity === 'patient'
          ? row.entityId
          : typeof data.patientId === 'string'
            ? data.patientId
            : null,
    });
  }
}

describe('a push writes exactly what it reports, and the projection follows the versions', () => {
  it('holds for random batches of good and bad versions', async () => {
    const everPushed: Version[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(planArb, { minLength: 1, maxLength: 3 }), async (plans) => {
        for (const plan of plans) {
          const before = await storedVersions();
          const { batch, expected } = buildBatch(plan, before, everPushed);
          everPushed.push(...batch);
          const answers = plan.race
            ? await Promise.all([push(plan, batch), push(plan, batch)])
            : [await push(plan, batch)];
          for (const answer of answers) checkAnswer(batch, answer);

          const after = await storedVersions();
          const beforeById = new Map(before.map((v) => [v.versionId, v]));
          const accepted = new Set(answers.flatMap((a) => a.accepted));
          // Racing copies of one push: each new version is stored by exactly one of them.
          if (answers.length === 2) {
            const [a, b] = answers as [PushResponse, PushResponse];
            expect(
              a.accepted.filter((id) => b.accepted.includes(id)),
              'accepted by both racing pushes',
            ).toEqual([]);
          }
          const added = after.filter((v) => !beforeById.has(v.versionId)).map((v) => v.versionId);
          expect(new Set(added), 'the rows added are exactly the versions reported accepted').toEqual(
            accepted,
          );
          expect(after.length, 'no stored row removed').toBe(before.length + added.length);
          for (const v of after) {
            const old = beforeById.get(v.versionId);
            if (old) expect(sameVersion(old, v), `stored version ${v.versionId} unchanged`).toBe(true);
          }
          for (const id of accepted) {
            const sent = batch.find((v) => v.versionId === id);
            const row = after.find((v) => v.versionId === id);
            expect(sent && row && sameVersion(sent, row), `accepted ${id} stored as sent`).toBe(true);
          }
          const first = answers[0] as PushResponse;
          for (const id of first.duplicate)
            expect(beforeById.has(id) || answers.length === 2, `duplicate ${id} was held`).toBe(true);

          for (const [id, fate] of expected) {
            if (fate === 'any') continue;
            const got = answers.map((a) =>
              a.accepted.includes(id) ? 'accept' : a.duplicate.includes(id) ? 'duplicate' : 'reject',
            );
            // A racing copy may find the other's version already stored: a duplicate instead of accepted.
            const ok =
              fate === 'accept'
                ? got.includes('accept') && got.every((g) => g !== 'reject')
                : got.every((g) => g === fate);
            const reasons = answers.flatMap((a) =>
              a.rejected.filter((r) => r.versionId === id).map((r) => r.reason),
            );
            expect(ok, `version ${id} should be ${fate}, was ${got.join('/')} ${reasons.join(' | ')}`).toBe(
              true,
            );
          }
          await checkProjection(after);
        }
      }),
      // No shrinking: every replay writes to the same database, so a shrunk case is not the case that
      // failed, and each step costs pushes. The seed and path replay the failure as it happened.
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
