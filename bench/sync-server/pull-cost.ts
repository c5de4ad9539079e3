// Pull cost against database size: a pull of 1,000 new versions with 1,000,000 versions stored should
// take at most 1.5 times the same pull with 10,000 stored (its cost grows with what is new).
//   pnpm --filter @registry/bench pull [--small 10000] [--large 1000000] [--rounds 15]
import { createVersion, type Version } from '@registry/domain';
import { v7 as uuidv7 } from 'uuid';
import { ApiClient } from '../support/api-client';
import { numberArg } from '../support/args';
import { BENCH_PASSWORD, setUpUsers } from '../support/bench-users';
import { fillVersions } from '../support/fill-versions';
import { writeResults } from '../support/results';
import { freshDatabase, startServer } from '../support/server-process';
import { median, quantile, round } from '../support/stats';

const SMALL = numberArg('small', 10_000);
const LARGE = numberArg('large', 1_000_000);
const ROUNDS = numberArg('rounds', 15);
const NEW = 1000;

const databaseUrl = await freshDatabase();
const server = await startServer(databaseUrl);
try {
  const { admin, hospitals, surgeons } = await setUpUsers(server.baseUrl, databaseUrl, 20, 1);
  const [first] = surgeons;
  if (!first) throw new Error('no surgeon');
  const surgeon = new ApiClient(server.baseUrl);
  const surgeonUser = await surgeon.login(first.username, BENCH_PASSWORD);
  const hospitalIds = hospitals.map((h) => h.id);
  const cursors = { admin: '', surgeon: '' };

  const measure = async (label: string) => {
    await catchUp(admin, cursors, 'admin');
    await catchUp(surgeon, cursors, 'surgeon');
    const timings = { coordinatorView: [] as number[], surgeonView: [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      // 1,000 new versions at the surgeon's hospital, so both views have exactly 1,000 new.
      const fresh = Array.from({ length: NEW }, () => newPatient(surgeonUser.id, first.hospitalId));
      for (let i = 0; i < fresh.length; i += 500) await surgeon.push('bench-pull', fresh.slice(i, i + 500));
      for (const [who, client, key] of [
        ['coordinatorView', admin, 'admin'],
        ['surgeonView', surgeon, 'surgeon'],
      ] as const) {
        const t0 = performance.now();
        const page = await client.pull(cursors[key], NEW);
        timings[who].push(performance.now() - t0);
        if (page.versions.length !== NEW || page.more)
          throw new Error(`${who}: expected exactly ${NEW} new versions`);
        cursors[key] = page.cursor;
      }
    }
    const summary = Object.fromEntries(
      Object.entries(timings).map(([k, v]) => [
        k,
        { medianMs: round(median(v)), p90Ms: round(quantile(v, 0.9)) },
      ]),
    );
    console.log(label, JSON.stringify(summary));
    return summary;
  };

  await fillVersions(databaseUrl, SMALL, hospitalIds);
  const small = await measure(`${SMALL} stored`);
  const t0 = performance.now();
  await fillVersions(databaseUrl, LARGE - SMALL - ROUNDS * NEW, hospitalIds);
  console.log(`filled to ~${LARGE} versions in ${round((performance.now() - t0) / 1000)} s`);
  const large = await measure(`${LARGE} stored`);
  const ratio = (who: 'coordinatorView' | 'surgeonView') =>
    round((large[who]?.medianMs ?? Number.NaN) / (small[who]?.medianMs ?? Number.NaN), 2);
  const numbers = {
    newVersionsPerPull: NEW,
    rounds: ROUNDS,
    small: { stored: SMALL, ...small },
    large: { stored: LARGE, ...large },
    ratio: { coordinatorView: ratio('coordinatorView'), surgeonView: ratio('surgeonView') },
    target: 'ratio ≤ 1.5',
  };
  console.log(JSON.stringify(numbers, null, 2));
  console.log(`results: ${writeResults('pull-cost', numbers)}`);
} finally {
  await server.stop();
}

/** Follows the cursor to the end, so the next pull holds only what is pushed after. */
async function catchUp(
  client: ApiClient,
  cursors: { admin: string; surgeon: string },
  key: 'admin' | 'surgeon',
) {
  for (let more = true; more; ) {
    const page = await client.pull(cursors[key], 5000);
    cursors[key] = page.cursor;
    more = page.more;
  }
}

function newPatient(authorId: string, hospitalId: string): Version {
  const ctx = { now: new Date(), newId: uuidv7, authorId, deviceId: 'bench-pull' };
  return createVersion(ctx, 'patient', {
    fullName: `New Patient ${uuidv7().slice(-6)}`,
    registeredHospitalId: hospitalId,
  });
}
