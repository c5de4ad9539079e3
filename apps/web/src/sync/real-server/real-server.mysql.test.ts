import { recordStates, type Version } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifferences, stableJson, stateLine, statesKey, versionsDigest } from './device-state';
import { LoadDevice } from './load-device';
import { LoadLedger } from './load-ledger';
import { heal, runLoad } from './run-load';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';
import { ServerProcess, unusedPort } from './server-process';

// Real server processes (`node --import tsx src/main.ts`, as `pnpm start` runs them) on one MariaDB
// database, driven by devices made of the app's own sync code. LOAD_SECONDS sets the length of the
// load (60 by default); LOAD_SEED replays a run's choices.
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const SEED = Number(process.env.LOAD_SEED ?? Math.floor(Math.random() * 0x7fffffff));
const RUN_PREFIX = (SEED >>> 0).toString(16).padStart(8, '0');

// Devices of demo accounts (README, "After npm start"): admins and coordinators see every hospital;
// the surgeons share hospitals two or three at a time (Bugando, Kilimanjaro, Haydom, Mbeya), so that
// several devices edit the same records; two people have a second device.
const ACCOUNTS = [
  'admin',
  'coordinator',
  'd.mollel',
  'surgeon',
  'p.shija',
  'g.mabula',
  'g.mabula',
  'e.massawe',
  'u.lyimo',
  'j.qamara',
  'a.mwakyusa',
  't.kyando',
  'coordinator',
] as const;

// A killed twice and B once, each while pushes to it are in flight.
const KILL_PLAN = [
  { server: 0, at: 0.2 },
  { server: 0, at: 0.5 },
  { server: 1, at: 0.75 },
] as const;

describe('the real sync server and MariaDB under concurrent load, kills and two instances', () => {
  let database: ScratchDatabase | undefined;
  let servers: [ServerProcess, ServerProcess] | undefined;

  beforeAll(async () => {
    database = await createScratchDatabase('registry_load');
    const portA = await unusedPort();
    let portB = await unusedPort();
    while (portB === portA) portB = await unusedPort();
    servers = [
      new ServerProcess({ name: 'A', port: portA, databaseUrl: database.url }),
      new ServerProcess({ name: 'B', port: portB, databaseUrl: database.url }),
    ];
    // Started together on an empty database: migrations and the demo seed run under database locks.
    await Promise.all(servers.map((server) => server.start(120_000)));
  }, 180_000);

  afterAll(async () => {
    for (const server of servers ?? []) await server.kill().catch(() => server.killNow());
    await database?.drop();
  }, 60_000);

  it(
    'loses nothing acknowledged or saved, and every device ends with what the server holds for it',
    async () => {
      if (!database || !servers) throw new Error('The servers did not start.');
      const db = database;
      const [a, b] = servers;
      const ledger = new LoadLedger();
      const started = Date.now();

      // The two instances seeded the demo once between them.
      expect(await db.query('SELECT COUNT(*) FROM users')).toEqual([['17']]);
      expect(await db.query('SELECT COUNT(*) FROM hospitals')).toEqual([['8']]);
      const seeded = Number((await db.query('SELECT COUNT(*) FROM versions'))[0]?.[0]);

      const devices = ACCOUNTS.map((username, i) => new LoadDevice(username, i, SEED, RUN_PREFIX));
      await Promise.all(devices.map((device) => device.signIn(device.index % 2 === 0 ? a : b)));

      const load = await runLoad({ devices, servers, ledger, seconds: LOAD_SECONDS, killPlan: KILL_PLAN });
      const healed = await heal(devices, servers, ledger);
      const healedAt = Date.now();

      // What the server holds: every row of `versions`, and what a fresh device of each account pulls.
      const rows = await db.query('SELECT version_id FROM versions');
      const inTable = new Set(rows.map(([id]) => id as string));
      const fresh = new Map<string, LoadDevice>();
      await Promise.all(
        [...new Set(ACCOUNTS)].map(async (username, i) => {
          const device = new LoadDevice(username, 1000 + i, SEED, RUN_PREFIX);
          const server = i % 2 === 0 ? a : b;
          await device.signIn(server);
          await device.sync(server, ledger);
          fresh.set(username, device);
        }),
      );
      const everything = (fresh.get('admin') as LoadDevice).store.versions;

      // (1) Every version a server acknowledged is in the table and reaches a device that sees all.
      const acknowledgedMissing = [...ledger.acknowledged].filter(
        (id) => !inTable.has(id) || !everything.has(id),
      );
      // (2) Every version any device made is there, as it was made: nothing lost, not only the acknowledged.
      const lost = [...ledger.created.keys()].filter((id) => !inTable.has(id));
      const altered = [...ledger.created.values()]
        .filter((v) => stableJson(v) !== stableJson(everything.get(v.versionId)))
        .map((v) => v.versionId);
      // (3) Each device shows what a fresh device of its account pulls; devices of one scope agree.
      const diverged: string[] = [];
      for (const device of devices) {
        const reference = fresh.get(device.username) as LoadDevice;
        const want = statesKey(reference.store.versions.values());
        const have = statesKey(device.store.versions.values());
        const sameVersions =
          versionsDigest(device.store.versions.values()) ===
          versionsDigest(reference.store.versions.values());
        if (want !== have || !sameVersions)
          diverged.push(`${device.name}: ${firstDifferences(want, have).join('; ') || 'versions differ'}`);
      }
      const byScope = new Map<string, Set<string>>();
      for (const device of [...devices, ...fresh.values()]) {
        const digests = byScope.get(device.scope) ?? new Set<string>();
        digests.add(versionsDigest(device.store.versions.values()));
        byScope.set(device.scope, digests);
      }
      const scopesApart = [...byScope].filter(([, digests]) => digests.size > 1).map(([scope]) => scope);
      // The server's own projection of each record (heads, preferred head, deleted) is what the
      // domain derives from all its versions.
      const projection = await db.query(
        'SELECT entity_id, head_version_ids, preferred_version_id, deleted FROM records',
      );
      const projected = projection
        .map(
          ([id, heads, preferred, deleted]) =>
            `${id}:${(JSON.parse(heads as string) as string[]).sort().join('+')}:${preferred}:${deleted === '1'}`,
        )
        .sort()
        .join('\n');
      const derived = [...recordStates(everything.values()).values()].map(stateLine).sort().join('\n');
      // (4) No outbox holds anything.
      const waiting = devices.filter((d) => d.store.outbox.length > 0).map((d) => d.name);

      const refusedOnDevices = devices.flatMap((d) => d.refusedLocally);
      const concurrentEdits = forks([...ledger.created.values()]);
      const numbers = {
        seed: SEED,
        seconds: LOAD_SECONDS,
        loadRanSeconds: load.seconds,
        devices: devices.length,
        syncs: ledger.syncs,
        pushes: ledger.pushes,
        shareOfTimeWithConcurrentSyncs: Math.round(load.concurrentShare * 100) / 100,
        maxConcurrentSyncs: ledger.maxSyncsInFlight,
        versionsCreated: ledger.created.size,
        resolutions: [...ledger.created.values()].filter((v) => v.parents.length > 1).length,
        deletions: [...ledger.created.values()].filter((v) => v.deleted).length,
        restores: [...ledger.created.values()].filter(
          (v) => !v.deleted && v.parents.length > 0 && v.parents.every((p) => everything.get(p)?.deleted),
        ).length,
        acknowledged: ledger.acknowledged.size,
        acknowledgedAsDuplicates: ledger.duplicates,
        kills: load.kills.map(
          (k) =>
            `${k.server} at ${k.at}s with ${k.pushesInFlight} pushes in flight, up again after ${k.downFor}s`,
        ),
        failedSyncs: ledger.failedSyncs,
        healRounds: healed.rounds,
        seededVersions: seeded,
        versionsOnServer: inTable.size,
        concurrentEdits,
        recordsInConflict: [...recordStates(everything.values()).values()].filter((s) => s.inConflict).length,
        lost: lost.length,
        acknowledgedMissing: acknowledgedMissing.length,
        diverged: diverged.length,
        rejected: ledger.rejections.length,
        refusedOnDevices: refusedOnDevices.length,
        statuses: Object.fromEntries(ledger.statuses),
        healSeconds: Math.round((healedAt - started) / 1000) - load.seconds,
        elapsedSeconds: Math.round((Date.now() - started) / 1000),
      };
      console.log(`Real-server load (replay with LOAD_SEED=${SEED}):\n${JSON.stringify(numbers, null, 2)}`);
      if (refusedOnDevices.length > 0)
        console.log(
          `Saves the domain's check refused on devices:\n${refusedOnDevices.slice(0, 10).join('\n')}`,
        );

      expect(acknowledgedMissing).toEqual([]);
      // The table and a device that sees everything hold the same versions, neither more nor fewer.
      expect([...inTable].filter((id) => !everything.has(id))).toEqual([]);
      expect([...everything.keys()].filter((id) => !inTable.has(id))).toEqual([]);
      expect(lost).toEqual([]);
      expect(altered).toEqual([]);
      expect(diverged).toEqual([]);
      expect(scopesApart).toEqual([]);
      expect(firstDifferences(derived, projected)).toEqual([]);
      expect(waiting).toEqual([]);
      // (5) No refusal, no server failure, no failure other than the network's.
      expect(ledger.rejections.map((r) => `${r.device} ${r.versionId}: ${r.reason}`)).toEqual([]);
      expect(ledger.serverErrors).toEqual([]);
      expect(ledger.otherFailures).toEqual([]);
      expect([...a.errorLines, ...b.errorLines]).toEqual([]);
      // The load was what it claims: A killed twice and B once, each with pushes in flight; syncs
      // that failed on the network and were retried; records edited on several devices at once.
      expect(load.kills.map((k) => k.server)).toEqual(['A', 'A', 'B']);
      expect(load.kills.filter((k) => k.pushesInFlight === 0)).toEqual([]);
      expect(ledger.failedSyncs).toBeGreaterThan(0);
      expect(concurrentEdits).toBeGreaterThan(0);
    },
    (LOAD_SECONDS + 150) * 1000,
  );
});

/** Versions that two devices or more changed without seeing each other's change: parents with several children. */
function forks(made: readonly Version[]): number {
  const children = new Map<string, Set<string>>();
  for (const v of made)
    for (const p of v.parents) children.set(p, (children.get(p) ?? new Set()).add(v.deviceId));
  return [...children.values()].filter((devices) => devices.size > 1).length;
}
