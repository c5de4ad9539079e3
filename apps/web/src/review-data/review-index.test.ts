import {
  createVersion,
  editVersion,
  softDeleteVersion,
  type Version,
  type WriteContext,
} from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { testStore } from '../local/test-store';
import { ReviewIndex } from './review-index';

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';
let n = 0;
const ctx = (at = '2026-03-01T08:00:00Z'): WriteContext => ({
  now: new Date(at),
  newId: () => `0192f4c0-0000-7000-8000-${(0x1000 + n++).toString(16).padStart(12, '0')}`,
  authorId: '0192f4c0-0000-7000-8000-000000000030',
  deviceId: 'device',
});

function patientWithOperation(name: string): Version[] {
  const patient = createVersion(ctx('2026-02-27T10:00:00Z'), 'patient', {
    fullName: name,
    registeredHospitalId: HOSPITAL,
  });
  const operation = createVersion(ctx(), 'episode', {
    type: 'surgery',
    patientId: patient.entityId,
    hospitalId: HOSPITAL,
    date: '2026-03-01',
  });
  return [patient, operation];
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('ReviewIndex', () => {
  it('reads every chart once asked, and follows saves and deletions after', async () => {
    const store = testStore();
    const [asha, ashaOperation] = patientWithOperation('Asha Juma');
    const [baraka] = patientWithOperation('Baraka Mushi');
    if (!asha || !ashaOperation || !baraka) throw new Error('no versions');
    await store.save([asha, ashaOperation, baraka]);

    const index = new ReviewIndex(store);
    expect(index.patients).toEqual([]);
    await index.ensureLoaded();
    expect(index.patients.map((p) => p.data.fullName).sort()).toEqual(['Asha Juma', 'Baraka Mushi']);
    const [episode] = index.episodes;
    expect(episode).toMatchObject({
      entityId: ashaOperation.entityId,
      patientId: asha.entityId,
      patientName: 'Asha Juma',
      date: '2026-03-01',
      hospitalId: HOSPITAL,
      deleted: false,
    });
    expect(index.patients.find((p) => p.entityId === asha.entityId)?.date).toBe('2026-02-27');

    await store.save(
      editVersion(ctx('2026-03-02T08:00:00Z'), asha, { ...asha.data, fullName: 'Asha Juma Ali' }),
    );
    await store.save(softDeleteVersion(ctx('2026-03-03T08:00:00Z'), baraka));
    await settle();
    expect(index.patients.find((p) => p.entityId === asha.entityId)?.data.fullName).toBe('Asha Juma Ali');
    expect(index.episodes[0]?.patientName).toBe('Asha Juma Ali');
    const deleted = index.patients.find((p) => p.entityId === baraka.entityId);
    expect(deleted).toMatchObject({ deleted: true, changedAt: '2026-03-03T08:00:00.000Z' });
  });

  it('starts again when the store is emptied for another user, keeping only unsynced work', async () => {
    const store = testStore();
    const pulled = patientWithOperation('Neema Shauri').map((version, i) => ({
      ...version,
      seq: i + 1,
      receivedAt: '2026-03-01T09:00:00.000Z',
    }));
    await store.syncStoreFor('someone').storePulled(pulled, 'cursor-1');
    await store.save(patientWithOperation('Upendo Lyimo'));
    const index = new ReviewIndex(store);
    await index.ensureLoaded();
    expect(index.patients).toHaveLength(2);
    await store.forgetPulled();
    await settle();
    expect(index.loaded).toBe(true);
    expect(index.patients.map((p) => p.data.fullName)).toEqual(['Upendo Lyimo']);
  });
});
