import {
  createVersion,
  type Entity,
  editVersion,
  mergePatientVersion,
  recordState,
  softDeleteVersion,
  type Version,
  validateRecordData,
  type WriteContext,
} from '@registry/domain';
import type { RegistryDb } from '../db/registry-db';
import { appendVersions } from '../sync/append-versions';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { testDevice } from '../test-support/version-factory';

// A small registry for the export tests, written through the sync code's appendVersions (so the
// `records` projection is the real one), with the hard cases: names that break naive CSV, a merged
// duplicate, a deletion, conflicts (a patient and an episode), every episode type, surgeons in each
// place an episode names them, complete and incomplete records, and registrations on different days
// — one saved offline on a device the day before the server received it.

export const TRICKY_NAMES = {
  quoted: 'Juma, Amina "Mama Neema"\nKibaha',
  arabic: 'عائشة بنت محمد',
  swahiliAccents: 'Zuhura Ñyamwezi-Kösé',
};

/** When the server received each batch. */
export const RECEIVED = {
  january: new Date('2026-01-05T09:00:00Z'),
  february: new Date('2026-02-03T09:00:00Z'),
  march: new Date('2026-03-10T09:00:00Z'),
};

/**
 * When the devices saved each batch, by their clocks: the second was saved offline at the camp on
 * 31 January and reached the server on 3 February. A patient's registration day is the device's.
 */
export const SAVED_ON_DEVICE = {
  january: new Date('2026-01-05T08:00:00Z'),
  february: new Date('2026-01-31T21:30:00Z'),
  march: new Date('2026-03-10T08:00:00Z'),
};

export async function seedExportRegistry(db: RegistryDb) {
  const kibaha = await testHospital(db, { name: 'Kibaha, "Wilaya" Hospital', region: 'pwani' });
  const ukerewe = await testHospital(db, { name: 'Ukerewe camp', region: 'mwanza' });
  const coordinator = await signedInUser(db, { role: 'coordinator', fullName: 'Neema Mushi' });
  const surgeon = await signedInUser(db, {
    role: 'surgeon',
    hospitalIds: [kibaha.id],
    fullName: 'Dr. Baraka Kweka',
  });
  const admin = await signedInUser(db, { role: 'admin' });
  const device = testDevice(coordinator.user);
  const at = (clock: Date): WriteContext => ({ ...device.ctx, now: clock });
  let ctx = at(SAVED_ON_DEVICE.january);
  const make = (entity: Entity, data: Record<string, unknown>) =>
    checked(entity, createVersion(ctx, entity, data));

  const amina = make('patient', {
    fullName: TRICKY_NAMES.quoted,
    gender: 'female',
    birthYear: 1984,
    birthDate: '1984-03-09',
    nationalId: '19840309-12345-00001-22',
    hospitalNumber: 'KDH/2026/0042',
    phones: [
      { number: '+255 712 345 678', comment: 'mobile' },
      { number: '0754 000 111', comment: 'neighbour' },
    ],
    address: 'Mtaa wa Msikitini, Kibaha',
    registeredHospitalId: kibaha.id,
  });
  const aisha = make('patient', {
    fullName: TRICKY_NAMES.arabic,
    gender: 'female',
    birthYear: 1961,
    registeredHospitalId: kibaha.id,
  });
  const duplicate = make('patient', {
    fullName: 'Amina Juma',
    gender: 'female',
    registeredHospitalId: kibaha.id,
  });
  const removed = make('patient', { fullName: 'Entered by mistake', registeredHospitalId: kibaha.id });
  const surgery = make('episode', {
    type: 'surgery',
    patientId: amina.entityId,
    hospitalId: kibaha.id,
    date: '2026-01-10',
    herniaSite: 'inguinal',
    side: 'left',
    meshType: 'tnmhp',
    primarySurgeonId: surgeon.user.id,
    attendeeIds: [coordinator.user.id],
    complications: [{ code: 'bleeding', date: '2026-01-10', text: 'wound edge, redressed' }],
  });
  const discharge = make('episode', {
    type: 'discharge',
    patientId: amina.entityId,
    hospitalId: kibaha.id,
    date: '2026-01-12',
    surgeryEpisodeId: surgery.entityId,
    anyComplications: 'yes',
    complications: [{ code: 'haematoma' }],
    antibioticsOnDischarge: 'no',
  });
  const followUp = make('episode', {
    type: 'followUp',
    patientId: amina.entityId,
    hospitalId: kibaha.id,
    date: '2026-02-25',
    surgeryEpisodeId: surgery.entityId,
    infection: 'yes',
    infectionComment: 'superficial',
    recurrence: 'no',
  });
  const deletedSurgery = make('episode', {
    type: 'surgery',
    patientId: aisha.entityId,
    hospitalId: kibaha.id,
    date: '2026-03-05',
  });
  const note = make('eventLog', {
    kind: 'note',
    episodeId: surgery.entityId,
    patientId: amina.entityId,
    hospitalId: kibaha.id,
    at: '2026-01-10T14:30',
    text: 'Woke well, "no pain"',
  });

  ctx = at(SAVED_ON_DEVICE.february);
  const zuhura = make('patient', {
    fullName: TRICKY_NAMES.swahiliAccents,
    gender: 'unknown',
    registeredHospitalId: ukerewe.id,
  });
  const ukereweSurgery = make('episode', {
    type: 'surgery',
    patientId: zuhura.entityId,
    hospitalId: ukerewe.id,
    date: '2026-02-01',
    meshType: 'none',
    secondarySurgeonId: surgeon.user.id,
  });
  const vitals = make('eventLog', {
    kind: 'vitals',
    episodeId: ukereweSurgery.entityId,
    patientId: zuhura.entityId,
    hospitalId: ukerewe.id,
    at: '2026-02-01',
    pulse: 88,
  });

  ctx = at(SAVED_ON_DEVICE.march);
  const otherPhone: WriteContext = { ...testDevice(surgeon.user).ctx, now: SAVED_ON_DEVICE.march };
  const later = [
    softDeleteVersion(ctx, removed),
    softDeleteVersion(ctx, deletedSurgery),
    mergePatientVersion(ctx, stateOf(duplicate), amina.entityId),
    editVersion(ctx, zuhura, { ...zuhura.data, notes: 'edited on one phone' }),
    editVersion(otherPhone, zuhura, { ...zuhura.data, notes: 'edited on another' }),
    editVersion(ctx, followUp, { ...followUp.data, comments: 'seen at the clinic' }),
    editVersion(otherPhone, followUp, { ...followUp.data, comments: 'seen at home' }),
  ] as Version[];

  await appendVersions(
    db,
    [amina, aisha, duplicate, removed, surgery, discharge, followUp, deletedSurgery, note],
    RECEIVED.january,
  );
  await appendVersions(db, [zuhura, ukereweSurgery, vitals], RECEIVED.february);
  await appendVersions(db, later, RECEIVED.march);

  return {
    hospitals: { kibaha, ukerewe },
    users: { coordinator, surgeon, admin } satisfies Record<string, SignedInUser>,
    patients: { amina, aisha, duplicate, removed, zuhura },
    episodes: { surgery, discharge, followUp, ukereweSurgery, deletedSurgery },
    logs: { note, vitals },
    versionCount: 19,
  };
}

export type ExportRegistry = Awaited<ReturnType<typeof seedExportRegistry>>;

/** Test data must be data the registry would accept, or the tests prove nothing. */
function checked(entity: Entity, version: Version): Version {
  const result = validateRecordData(entity, version.data, { now: new Date('2026-12-01T00:00:00Z') });
  if (!result.ok) throw new Error(`Test ${entity} is invalid: ${JSON.stringify(result.problems)}`);
  return version;
}

function stateOf(version: Version) {
  const state = recordState([version]);
  if (!state) throw new Error('no state');
  return state;
}

/** A fresh test database holding the export registry, and the app over it. Drop it after the tests. */
export async function openExportRegistry(): Promise<{
  test: TestDatabase;
  app: ReturnType<typeof testApp>;
  registry: ExportRegistry;
}> {
  const test = await createTestDatabase();
  return { test, app: testApp(test.db), registry: await seedExportRegistry(test.db) };
}
