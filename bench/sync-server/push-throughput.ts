// Push throughput: many devices pushing at once for a while, then a check that nothing was lost.
// Target on a 2-core machine: ≥ 2,000 versions/s accepted with 50 clients, p99 < 500 ms, 0 lost.
//   pnpm --filter @registry/bench push [--clients 50] [--batch 20] [--seconds 30] [--warmup 5] [--workers 1] [--rate 2000]
// Without --rate each client pushes again as soon as its last push is answered (the most the server
// can take; latency is then mostly queueing). With --rate the clients together offer that many
// versions per second, each pushing a batch at a steady interval, as devices syncing would.
import { createVersion, editVersion, type Version, type WriteContext } from '@registry/domain';
import { v7 as uuidv7 } from 'uuid';
import { ApiClient } from '../support/api-client';
import { numberArg } from '../support/args';
import { BENCH_PASSWORD, setUpUsers } from '../support/bench-users';
import { writeResults } from '../support/results';
import { freshDatabase, startServer } from '../support/server-process';
import { quantile, round } from '../support/stats';

const CLIENTS = numberArg('clients', 50);
const BATCH = numberArg('batch', 20);
const SECONDS = numberArg('seconds', 30);
const WORKERS = numberArg('workers', 1);
// The first seconds (connections opening, code compiling) are run but not measured.
const WARMUP = process.argv.includes('--warmup') ? numberArg('warmup', 5) : 5;
const RATE = process.argv.includes('--rate') ? numberArg('rate', 2000) : undefined;
// Each client's time between the starts of two pushes at the offered rate.
const INTERVAL_MS = RATE ? (CLIENTS * BATCH * 1000) / RATE : 0;

const databaseUrl = await freshDatabase();
const server = await startServer(databaseUrl, 8190, { WORKERS: String(WORKERS) });
try {
  const { admin, surgeons } = await setUpUsers(server.baseUrl, databaseUrl, 10, CLIENTS);
  const clients = await Promise.all(
    surgeons.map(async ({ username, hospitalId }) => {
      const client = new ApiClient(server.baseUrl);
      const user = await client.login(username, BENCH_PASSWORD);
      return { client, hospitalId, userId: user.id, deviceId: `bench-${username}` };
    }),
  );
  console.log(`${CLIENTS} clients signed in; pushing batches of ${BATCH} for ${SECONDS} s…`);

  const latencies: number[] = [];
  const accepted: string[] = [];
  let measuredAccepted = 0;
  let rejected = 0;
  let failures = 0;
  const warmupEnd = performance.now() + WARMUP * 1000;
  const deadline = warmupEnd + SECONDS * 1000;
  await Promise.all(
    clients.map(async ({ client, hospitalId, userId, deviceId }) => {
      const ctx = (): WriteContext => ({ now: new Date(), newId: uuidv7, authorId: userId, deviceId });
      const heads: Version[] = [];
      let nextStart = performance.now() + Math.random() * INTERVAL_MS;
      while (performance.now() < deadline) {
        const wait = nextStart - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        nextStart += INTERVAL_MS;
        const batch = nextBatch(ctx, heads, hospitalId);
        const t0 = performance.now();
        try {
          const result = await client.push(deviceId, batch);
          accepted.push(...result.accepted);
          if (t0 >= warmupEnd) {
            latencies.push(performance.now() - t0);
            measuredAccepted += result.accepted.length;
          }
          rejected += result.rejected.length;
          for (const v of batch) if (result.accepted.includes(v.versionId)) remember(heads, v);
        } catch (error) {
          failures++;
          console.error(String(error).slice(0, 300));
        }
      }
    }),
  );
  const elapsed = (performance.now() - warmupEnd) / 1000;

  // Nothing lost: everything acknowledged is in a full pull by the admin.
  const held = new Set<string>();
  for (let cursor = '', more = true; more; ) {
    const page = await admin.pull(cursor, 5000);
    for (const v of page.versions) held.add(v.versionId);
    cursor = page.cursor;
    more = page.more;
  }
  const lost = accepted.filter((id) => !held.has(id)).length;

  const numbers = {
    clients: CLIENTS,
    serverWorkers: WORKERS,
    offeredVersionsPerSecond: RATE ?? 'as fast as answered',
    batch: BATCH,
    seconds: round(elapsed, 2),
    pushes: latencies.length,
    warmupSeconds: WARMUP,
    versionsAccepted: measuredAccepted,
    versionsPerSecond: round(measuredAccepted / elapsed, 0),
    latencyMs: {
      p50: round(quantile(latencies, 0.5)),
      p95: round(quantile(latencies, 0.95)),
      p99: round(quantile(latencies, 0.99)),
      max: round(Math.max(...latencies)),
    },
    rejected,
    failedRequests: failures,
    lost,
  };
  console.log(JSON.stringify(numbers, null, 2));
  console.log(`results: ${writeResults('push-throughput', numbers)}`);
} finally {
  await server.stop();
}

/** About one in five versions edits a record the device made earlier; the rest register patients. */
function nextBatch(ctx: () => WriteContext, heads: Version[], hospitalId: string): Version[] {
  const batch: Version[] = [];
  const edited = new Set<string>();
  for (let i = 0; i < BATCH; i++) {
    const base = heads[Math.floor(Math.random() * heads.length)];
    if (base && Math.random() < 0.2 && !edited.has(base.entityId)) {
      edited.add(base.entityId);
      batch.push(editVersion(ctx(), base, { ...base.data, notes: `Reviewed ${i}` }));
    } else {
      batch.push(
        createVersion(ctx(), 'patient', {
          fullName: `Bench Patient ${Math.floor(Math.random() * 1e6)}`,
          registeredHospitalId: hospitalId,
          gender: Math.random() < 0.5 ? 'female' : 'male',
          birthYear: 1950 + Math.floor(Math.random() * 60),
          phones: [{ number: `07${Math.floor(Math.random() * 1e8)}`, comment: 'mobile' }],
        }),
      );
    }
  }
  return batch;
}

function remember(heads: Version[], v: Version): void {
  const i = heads.findIndex((h) => h.entityId === v.entityId);
  if (i >= 0) heads[i] = v;
  else heads.push(v);
}
