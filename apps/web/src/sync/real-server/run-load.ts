import { SyncError } from '../sync-error';
import type { LoadDevice } from './load-device';
import type { LoadLedger } from './load-ledger';
import { type ServerProcess, sleep } from './server-process';

export interface Kill {
  server: string;
  /** Seconds into the load. */
  at: number;
  /** Pushes the devices had sent to it and not yet heard back about when it was killed. */
  pushesInFlight: number;
  /** Seconds from the kill until it answered its health check again. */
  downFor: number;
}

export interface LoadReport {
  kills: Kill[];
  /** Share of 100 ms samples during which two syncs or more were running. */
  concurrentShare: number;
  /** How long the load ran: at least the time asked for, longer if the last restart took longer. */
  seconds: number;
}

export interface LoadOptions {
  devices: readonly LoadDevice[];
  /** [A, B]: each device has a home instance (its index modulo 2) and sometimes uses the other. */
  servers: readonly [ServerProcess, ServerProcess];
  ledger: LoadLedger;
  seconds: number;
  /** When in the load (as shares of it) each server is killed with pushes in flight, then restarted. */
  killPlan: readonly { server: 0 | 1; at: number }[];
}

/**
 * Every device, at once and until the time is up: a few saves offline, then a sync through its home
 * instance or the other one (sometimes saving more while that sync runs), a short pause, again. A
 * failed sync is retried after a pause, often through the other instance. Meanwhile the servers are
 * killed as planned, each while pushes to it are in flight, and started again on the same port.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { ledger, seconds } = options;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  let samples = 0;
  let concurrentSamples = 0;
  const sampler = setInterval(() => {
    samples++;
    if (ledger.syncsInFlight >= 2) concurrentSamples++;
  }, 100);
  // The load goes on until the time is up and every planned kill has been made and recovered from,
  // so that each kill falls on devices at work however slowly the servers restart.
  let killing = true;
  const going = () => Date.now() < deadline || killing;
  try {
    const [kills] = await Promise.all([
      killAsPlanned(options, started).finally(() => {
        killing = false;
      }),
      ...options.devices.map((device) => deviceLoop(device, options, going)),
    ]);
    return {
      kills,
      concurrentShare: samples === 0 ? 0 : concurrentSamples / samples,
      seconds: Math.round((Date.now() - started) / 1000),
    };
  } finally {
    clearInterval(sampler);
  }
}

async function deviceLoop(device: LoadDevice, options: LoadOptions, going: () => boolean): Promise<void> {
  const { servers, ledger } = options;
  const { random } = device;
  const home = device.index % 2;
  let failedLast = false;
  while (going()) {
    const saves = 1 + Math.floor(random() * 4);
    for (let i = 0; i < saves; i++) device.write(ledger);
    const other = random() < (failedLast ? 0.5 : 0.2);
    const server = servers[other ? 1 - home : home] as ServerProcess;
    const syncing = device.sync(server, ledger);
    // Its failure is handled below; this keeps it from counting as unhandled while more is saved.
    syncing.catch(() => undefined);
    // A person saving while the sync runs: the outbox grows under the push loop.
    if (random() < 0.3) {
      await sleep(random() * 80);
      device.write(ledger);
    }
    try {
      await syncing;
      ledger.syncs++;
      failedLast = false;
    } catch (error) {
      ledger.syncs++;
      failedLast = true;
      if (error instanceof SyncError && error.kind === 'offline') ledger.failedSyncs++;
      else ledger.otherFailures.push(`${device.name} via ${server.options.name}: ${describe(error)}`);
    }
    await sleep(failedLast ? 200 + random() * 500 : 20 + random() * 250);
  }
}

async function killAsPlanned(options: LoadOptions, started: number): Promise<Kill[]> {
  const kills: Kill[] = [];
  const plan = [...options.killPlan].sort((a, b) => a.at - b.at);
  for (const step of plan) {
    const when = started + step.at * options.seconds * 1000;
    await sleep(Math.max(0, when - Date.now()));
    const server = options.servers[step.server];
    const name = server.options.name;
    // Wait for a push on its way to this server (devices keep several syncs going), then cut it.
    const giveUp = Date.now() + 10_000;
    while (options.ledger.pushesInFlight(name) === 0 && Date.now() < giveUp) await sleep(1);
    const pushesInFlight = options.ledger.pushesInFlight(name);
    const killedAt = Date.now();
    await server.kill();
    // Down for a moment, as a crashed process is until its supervisor starts it again.
    await sleep(1000);
    await server.start();
    kills.push({
      server: name,
      at: Math.round((killedAt - started) / 100) / 10,
      pushesInFlight,
      downFor: Math.round((Date.now() - killedAt) / 100) / 10,
    });
  }
  return kills;
}

export interface HealReport {
  rounds: number;
}

/**
 * The network heals: both servers up, every device syncs (through either instance, alternately) until
 * a whole round pushes nothing and pulls nothing. A failure now is a failure of the test.
 */
export async function heal(
  devices: readonly LoadDevice[],
  servers: readonly [ServerProcess, ServerProcess],
  ledger: LoadLedger,
): Promise<HealReport> {
  for (const server of servers) if (!server.alive) await server.start();
  for (let round = 1; round <= 10; round++) {
    // Side by side: a push another device's pull missed in this round makes the round count as moved,
    // so the round that ends it is one in which nobody sent anything and every pull found nothing.
    const progress = await Promise.all(
      devices.map((device) => device.sync(servers[(device.index + round) % 2] as ServerProcess, ledger)),
    );
    ledger.syncs += devices.length;
    if (progress.every((p) => p.pushed === 0 && p.pulled === 0 && p.rejected === 0)) return { rounds: round };
  }
  throw new Error('The devices did not settle in 10 rounds of syncing.');
}

function describe(error: unknown): string {
  if (error instanceof SyncError) return `${error.kind} ${error.status ?? ''} ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
