import type { Hospital } from '@registry/domain';
import { ApiClient } from './api-client';
import { cli } from './server-process';

export const BENCH_PASSWORD = 'bench-password-1';

/**
 * Sets up a bench database through the operator's CLI and the admin API: hospitals, one admin, and
 * `surgeons` surgeons spread over the hospitals. Returns the signed-in admin and the hospitals.
 */
export async function setUpUsers(baseUrl: string, databaseUrl: string, hospitals: number, surgeons: number) {
  for (let h = 1; h <= hospitals; h++)
    await cli(databaseUrl, ['add-hospital', '--name', `Bench Hospital ${h}`]);
  await cli(databaseUrl, [
    'add-user',
    '--username',
    'bench-admin',
    '--password',
    BENCH_PASSWORD,
    '--role',
    'admin',
  ]);
  const admin = new ApiClient(baseUrl);
  await admin.login('bench-admin', BENCH_PASSWORD);
  const { hospitals: list } = await admin.get<{ hospitals: Hospital[] }>('/api/hospitals');
  const usernames: { username: string; hospitalId: string }[] = [];
  for (let s = 0; s < surgeons; s++) {
    const hospital = list[s % list.length];
    if (!hospital) throw new Error('no hospitals');
    const username = `bench-surgeon-${s}`;
    await admin.post('/api/admin/users', {
      username,
      fullName: `Bench Surgeon ${s}`,
      password: BENCH_PASSWORD,
      role: 'surgeon',
      hospitalIds: [hospital.id],
    });
    usernames.push({ username, hospitalId: hospital.id });
  }
  return { admin, hospitals: list, surgeons: usernames };
}
