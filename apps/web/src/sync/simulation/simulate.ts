import {
  computeHeads,
  createVersion,
  editVersion,
  recordStates,
  softDeleteVersion,
  type Version,
  type WriteContext,
} from '@registry/domain';
import { runSync } from '../run-sync';
import { CrashingStore } from './crashing-store';
import { DelayedDeliveries, type Faults, FaultyTransport } from './faulty-transport';
import { RestartingServer } from './restarting-server';
import { seededRandom } from './seeded-random';
import { type SimDevice, type StoreKind, simDevice } from './sim-device';

export interface SimulationOptions {
  devices?: number;
  steps?: number;
  /** Chance of each fault at each opportunity (lost request, lost response, duplicate, crash…). */
  faultRate?: number;
  /** The devices' storage: in memory, or the phone's own IndexedDB store. */
  store?: StoreKind;
}

export interface SimulationResult {
  seed: number;
  /** Versions saved on devices, every one of which must be on the server and every device. */
  saved: number;
  faults: Faults & { crashes: number; serverRestarts: number; restores: number; failedSyncs: number };
  /** Saved versions missing from the server or from a device after healing (must be empty). */
  lost: string[];
  /** Devices whose versions or record states differ from the server's after healing. */
  diverged: string[];
}

/**
 * One seeded run of the real sync engine (runSync) and the domain's version builders: several
 * devices create, edit and delete overlapping records offline and sync at random moments over a
 * network that loses requests and responses, delivers twice and out of order, to a server that is
 * killed and restarted and whose database is now and then restored from an older backup, and devices
 * crash between store steps. Then the network heals and every
 * device syncs until nothing moves; nothing saved may be missing and every device must hold exactly
 * what the server holds and show the same records.
 */
export function simulate(seed: number, options: SimulationOptions = {}): Promise<SimulationResult> {
  return new Simulation(seed, options).run();
}

class Simulation {
  private readonly random: () => number;
  private readonly server: RestartingServer;
  private readonly delayed = new DelayedDeliveries();
  private readonly devices: SimDevice[] = [];
  private readonly transports: FaultyTransport[] = [];
  private readonly crashing: CrashingStore[] = [];
  private readonly saved = new Set<string>();
  private clock = Date.UTC(2026, 0, 1);
  private ids = 0;
  private failedSyncs = 0;

  constructor(
    private readonly seed: number,
    private readonly options: SimulationOptions,
  ) {
    this.random = seededRandom(seed);
    const rate = options.faultRate ?? 0.2;
    this.server = new RestartingServer(this.random, rate / 4);
    for (let d = 0; d < (options.devices ?? 3); d++) {
      const device = simDevice(options.store ?? 'memory', d);
      this.devices.push(device);
      this.transports.push(new FaultyTransport(this.server, this.random, rate, this.delayed));
      this.crashing.push(new CrashingStore(device.store, this.random, rate / 2));
    }
  }

  async run(): Promise<SimulationResult> {
    for (let step = 0; step < (this.options.steps ?? 30); step++) {
      const device = Math.floor(this.random() * this.devices.length);
      const roll = this.random();
      if (roll < 0.55) await this.edit(device);
      else if (roll < 0.88) await this.sync(device, true);
      else if (roll < 0.95) await this.delayed.deliverOne(this.random);
      else if (roll < 0.98) this.server.takeBackup();
      else this.server.restoreBackup();
    }
    await this.heal();
    return this.verdict();
  }

  private context(device: SimDevice): WriteContext {
    this.clock += 1000 + Math.floor(this.random() * 60_000);
    return {
      now: new Date(this.clock),
      newId: () =>
        `0192f4c0-0000-7000-8000-${(this.seed % 0xffff).toString(16).padStart(4, '0')}${(this.ids++).toString(16).padStart(8, '0')}`,
      authorId: device.authorId,
      deviceId: device.deviceId,
    };
  }

  /** A save on one device: a new patient, or an edit or deletion of a head it holds (often another's). */
  private async edit(index: number): Promise<void> {
    const device = this.devices[index] as SimDevice;
    const ctx = this.context(device);
    const held = await device.held();
    let version: Version;
    if (held.length === 0 || this.random() < 0.3) {
      version = createVersion<Record<string, unknown>>(ctx, 'patient', { fullName: `Patient ${this.ids}` });
    } else {
      const target = held[Math.floor(this.random() * held.length)] as Version;
      const heads = computeHeads(held.filter((v) => v.entityId === target.entityId));
      const base = heads[Math.floor(this.random() * heads.length)] as Version;
      // A deleted head is left as it is: an edit of it is refused until an admin restores it.
      if (base.deleted) return;
      version =
        this.random() < 0.15
          ? softDeleteVersion(ctx, base)
          : editVersion(ctx, base, { ...base.data, notes: `edit ${this.ids} on ${device.deviceId}` });
    }
    await device.save(version);
    this.saved.add(version.versionId);
  }

  /** One sync; how many versions it pushed or pulled (0 when it failed). */
  private async sync(index: number, faulty: boolean): Promise<number> {
    const device = this.devices[index] as SimDevice;
    // Healing talks to the server as it now is, with no fault between them.
    const store = faulty ? (this.crashing[index] as CrashingStore) : device.store;
    const transport = faulty ? (this.transports[index] as FaultyTransport) : this.server.current;
    // Small pages and batches, so that interruptions fall between many steps.
    try {
      const progress = await runSync(store, transport, {
        deviceId: device.deviceId,
        pushBatch: 3,
        pullLimit: 4,
        maxStoreBatch: 5,
        recentLimit: 0,
      });
      return progress.pushed + progress.pulled;
    } catch {
      this.failedSyncs++;
      return 0;
    }
  }

  /**
   * The network heals: requests it still held arrive, late, between the devices' syncs; then every
   * device syncs, in turns, until a whole turn moves nothing. After a restore that can take several
   * turns: an edit of another person's lost version waits until that person's device has sent it.
   */
  private async heal(): Promise<void> {
    for (let device = 0; device < this.devices.length; device++) {
      while (this.delayed.size > 0 && this.random() < 0.7) await this.delayed.deliverOne(this.random);
      await this.sync(device, false);
    }
    while (this.delayed.size > 0) await this.delayed.deliverOne(this.random);
    for (let turn = 0; turn < 20; turn++) {
      let moved = 0;
      for (let device = 0; device < this.devices.length; device++) moved += await this.sync(device, false);
      if (moved === 0) return;
    }
  }

  private async verdict(): Promise<SimulationResult> {
    const stored = this.server.current.stored;
    const onServer = new Set(stored.map((v) => v.versionId));
    const serverStates = statesKey(stored);
    const lost = new Set([...this.saved].filter((id) => !onServer.has(id)));
    const diverged: string[] = [];
    for (const device of this.devices) {
      const held = await device.held();
      const ids = new Set(held.map((v) => v.versionId));
      for (const id of this.saved) if (!ids.has(id)) lost.add(id);
      if (ids.size !== onServer.size || (await device.waiting()) > 0 || statesKey(held) !== serverStates)
        diverged.push(device.deviceId);
    }
    const faults: Faults = { lostRequests: 0, lostResponses: 0, duplicated: 0, reordered: 0 };
    for (const t of this.transports)
      for (const k of Object.keys(faults) as (keyof Faults)[]) faults[k] += t.faults[k];
    const crashes = this.crashing.reduce((sum, store) => sum + store.crashes, 0);
    return {
      seed: this.seed,
      saved: this.saved.size,
      faults: {
        ...faults,
        crashes,
        serverRestarts: this.server.restarts,
        restores: this.server.restores,
        failedSyncs: this.failedSyncs,
      },
      lost: [...lost],
      diverged,
    };
  }
}

/** What a device shows, as text: each record's heads, preferred head and deleted flag. */
function statesKey(versions: readonly Version[]): string {
  return [...recordStates(versions).values()]
    .map(
      (s) =>
        `${s.entityId}:${s.heads.map((h) => h.versionId).join('+')}:${s.preferred.versionId}:${s.deleted}`,
    )
    .sort()
    .join('\n');
}
