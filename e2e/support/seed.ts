import { expect } from '@playwright/test';
import { apiGet, apiPost } from './server-api';

/** A patient at Bugando, pushed through the API so that both devices pull it on their first sync. */
export async function seedPatient(fullName: string, data: Record<string, unknown> = {}): Promise<string> {
  const hospitals = (await apiGet('surgeon', '/api/hospitals')) as {
    hospitals: { id: string; name: string }[];
  };
  const bugando = hospitals.hospitals.find((h) => h.name === 'Bugando Medical Centre');
  const me = (await apiGet('surgeon', '/api/auth/me')) as { id: string };
  const id = crypto.randomUUID();
  const version = {
    versionId: crypto.randomUUID(),
    entity: 'patient',
    entityId: id,
    parents: [],
    data: { fullName, registeredHospitalId: bugando?.id, ...data },
    deleted: false,
    authorId: me.id,
    deviceId: 'e2e-seed',
    createdAt: new Date().toISOString(),
    schema: 1,
  };
  const result = (await apiPost('surgeon', '/api/sync/push', {
    deviceId: 'e2e-seed',
    versions: [version],
  })) as {
    accepted: string[];
  };
  expect(result.accepted).toEqual([version.versionId]);
  return id;
}
