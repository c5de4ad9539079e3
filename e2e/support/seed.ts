import { expect } from '@playwright/test';
import { createVersion, type Version, type WriteContext } from '@registry/domain';
import { apiGet, pushVersions } from './server-api';

/** The device every seeded version says it came from. */
const SEED_DEVICE = 'e2e-seed';

/** A day some days back, as records write dates (YYYY-MM-DD, UTC). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The id of a demo hospital, by its name. */
export async function hospitalIdOf(name: string): Promise<string> {
  const { hospitals } = (await apiGet('surgeon', '/api/hospitals')) as {
    hospitals: { id: string; name: string }[];
  };
  const hospital = hospitals.find((h) => h.name === name);
  if (!hospital) throw new Error(`No hospital is called ${name}`);
  return hospital.id;
}

/**
 * Writing as `username` from the seeding device, now: what the domain's version builders take. Ask
 * for a new one for each write, so that each version has its own time.
 */
export async function writeContextOf(username: string): Promise<WriteContext> {
  const me = (await apiGet(username, '/api/auth/me')) as { id: string };
  return { authorId: me.id, deviceId: SEED_DEVICE, now: new Date(), newId: () => crypto.randomUUID() };
}

/** Pushes versions as `username` and expects the server to take every one of them. */
export async function seedVersions(username: string, versions: readonly Version[]): Promise<void> {
  const result = await pushVersions(username, SEED_DEVICE, versions);
  expect(result.rejected).toEqual([]);
  expect(result.accepted).toEqual(versions.map((v) => v.versionId));
}

/** A patient at Bugando, pushed through the API so that both devices pull it on their first sync. */
export async function seedPatient(fullName: string, data: Record<string, unknown> = {}): Promise<string> {
  const registeredHospitalId = await hospitalIdOf('Bugando Medical Centre');
  const version = createVersion(await writeContextOf('surgeon'), 'patient', {
    fullName,
    registeredHospitalId,
    ...data,
  });
  await seedVersions('surgeon', [version]);
  return version.entityId;
}

/**
 * An episode of a patient, saved by the surgeon at Bugando unless `data` names another hospital:
 * `data` holds at least its `type`, and usually its `date`.
 */
export async function seedEpisode(
  patientId: string,
  data: { type: 'surgery' | 'discharge' | 'followUp' } & Record<string, unknown>,
): Promise<Version> {
  const hospitalId = await hospitalIdOf('Bugando Medical Centre');
  const version = createVersion(await writeContextOf('surgeon'), 'episode', {
    patientId,
    hospitalId,
    ...data,
  });
  await seedVersions('surgeon', [version]);
  return version;
}
