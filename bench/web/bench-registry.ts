import type { Version } from '@registry/domain';
import { ApiClient } from '../support/api-client';
import { BENCH_PASSWORD, setUpUsers } from '../support/bench-users';
import { freshDatabase, startServer } from '../support/server-process';
import { fillRegistry } from './fill-registry';
import { RegistryStream } from './registry-stream';
import { seededRandom } from './seeded-random';

const DAY = 86_400_000;
export const COORDINATOR = { username: 'bench-coordinator', password: BENCH_PASSWORD };

/**
 * The server side of the bench: the real server on a fresh database, serving the bench page from
 * WEB_DIST (so page and API share an origin, as in production); ten hospitals, an admin, a surgeon and
 * a coordinator who sees every hospital; and `count` versions of a registry's life over two years.
 */
export async function setUpRegistry(count: number, port: number, pageDir: string) {
  // Its own database by default, so the push and pull benches' database is left alone.
  process.env.BENCH_DATABASE_URL ??= 'mysql://root@127.0.0.1:3306/registry_bench_web';
  const databaseUrl = await freshDatabase();
  const server = await startServer(databaseUrl, port, { WEB_DIST: pageDir });
  try {
    const { admin, hospitals, surgeons } = await setUpUsers(server.baseUrl, databaseUrl, 10, 1);
    await admin.post('/api/admin/users', {
      ...COORDINATOR,
      fullName: 'Bench Coordinator',
      role: 'coordinator',
      hospitalIds: hospitals.map((h) => h.id),
    });
    const random = seededRandom(7);
    const staff = Array.from({ length: 40 }, () => random.uuid(Date.UTC(2024, 0, 1)));
    const end = Date.now() - DAY;
    const t0 = performance.now();
    const versions = new RegistryStream({
      seed: 20_261_122,
      hospitalIds: hospitals.map((h) => h.id),
      authorIds: staff,
      startMs: end - 730 * DAY,
      endMs: end,
      count,
    }).take(count);
    await fillRegistry(databaseUrl, versions);
    const fillMs = performance.now() - t0;
    const surgeon = surgeons[0];
    if (!surgeon) throw new Error('no surgeon');
    return { server, versions, surgeon, fillMs };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Pulls everything once as the coordinator (warming the server) and says how many versions came. */
export async function pullAll(baseUrl: string): Promise<number> {
  const client = new ApiClient(baseUrl);
  await client.login(COORDINATOR.username, COORDINATOR.password);
  let pulled = 0;
  for (let cursor = '', more = true; more; ) {
    const page = await client.pull(cursor, 5000);
    pulled += page.versions.length;
    cursor = page.cursor;
    more = page.more;
  }
  return pulled;
}

/** `count` new versions saved by the surgeon at their hospital within the last hour, pushed. */
export async function pushFromSurgeon(
  baseUrl: string,
  surgeon: { username: string; hospitalId: string },
  count: number,
  seed: number,
): Promise<Version[]> {
  const client = new ApiClient(baseUrl);
  const user = await client.login(surgeon.username, BENCH_PASSWORD);
  const now = Date.now();
  const versions = new RegistryStream({
    seed,
    hospitalIds: [surgeon.hospitalId],
    authorIds: [user.id],
    startMs: now - 3_600_000,
    endMs: now - 60_000,
    count,
  }).take(count);
  const result = await client.push(`bench-surgeon-device-${seed}`, versions);
  if (result.accepted.length !== count)
    throw new Error(
      `push of ${count}: ${result.accepted.length} accepted, ${JSON.stringify(result.rejected[0])}`,
    );
  return versions;
}
