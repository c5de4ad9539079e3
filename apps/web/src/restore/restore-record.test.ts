import {
  createVersion,
  editVersion,
  softDeleteVersion,
  validateRecordData,
  type WriteContext,
} from '@registry/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Writer } from '../app/use-writer';
import { HOSPITAL, PATIENT, SURGEON } from '../episodes/test-fixtures';
import type { LocalStore } from '../local/local-store';
import { chartStates } from '../local/patient-summary';
import { testStore } from '../local/test-store';
import { restoreRecord } from './restore-record';

const NOW = new Date('2026-11-22T09:00:00Z');
let n = 0;
const context = (): WriteContext => ({
  now: new Date(NOW.getTime() + ++n * 1000),
  newId: () => `0192f4c0-0000-7000-8000-5${(++n).toString(16).padStart(11, '0')}`,
  authorId: SURGEON,
  deviceId: 'test',
});

let store: LocalStore;
let writer: Writer;
beforeEach(() => {
  store = testStore();
  writer = {
    context,
    check: (entity, data) => validateRecordData(entity, data, { now: NOW }),
    save: (versions) => store.save(versions),
  };
});
const stateOf = async (id: string) => {
  const state = chartStates(await store.chart(PATIENT)).get(id);
  if (!state) throw new Error(`${id} is not on the device`);
  return state;
};
const patient = () =>
  createVersion<Record<string, unknown>>(
    context(),
    'patient',
    { fullName: 'Amina Juma', registeredHospitalId: HOSPITAL },
    PATIENT,
  );

describe('restoreRecord', () => {
  it('brings a deleted patient back as it was, as a new version waiting to sync', async () => {
    const created = patient();
    await store.save([created, softDeleteVersion(context(), created)]);
    const outcome = await restoreRecord(writer, await stateOf(PATIENT));
    expect(outcome).toEqual({ ok: true, entityId: PATIENT });
    const restored = await stateOf(PATIENT);
    expect(restored.deleted).toBe(false);
    expect(restored.preferred.data).toEqual(created.data);
    // The history stays whole: creation, deletion and restore are all kept, and all go up.
    expect(await store.chart(PATIENT)).toHaveLength(3);
    expect((await store.outbox()).map((row) => row.version.deleted)).toEqual([false, true, false]);
  });

  it('ends a conflict of two deletions with one live version naming both', async () => {
    const created = patient();
    const a = editVersion(context(), created, { ...created.data, address: 'Mbeya' });
    const b = editVersion(context(), created, { ...created.data, address: 'Iringa' });
    const deletedA = softDeleteVersion(context(), a);
    const deletedB = softDeleteVersion(context(), b);
    await store.save([created, a, b, deletedA, deletedB]);
    await restoreRecord(writer, await stateOf(PATIENT));
    const restored = await stateOf(PATIENT);
    expect(restored).toMatchObject({ deleted: false, inConflict: false });
    expect([...(restored.preferred.parents ?? [])].sort()).toEqual(
      [deletedA.versionId, deletedB.versionId].sort(),
    );
  });

  it('refuses, saving nothing, when the record is not deleted', async () => {
    await store.save(patient());
    const outcome = await restoreRecord(writer, await stateOf(PATIENT));
    expect(outcome.ok).toBe(false);
    expect(await store.chart(PATIENT)).toHaveLength(1);
  });
});
