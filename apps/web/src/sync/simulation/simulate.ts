import {
  computeHeads,
  createVersion,
  editVersion,
  recordStates,
  softDeleteVersion,
  type Version,
  type WriteContext,
} from '@registry/domain';
import { MemorySyncServer } from '../memory-sync-server';
import { MemorySyncStore } from '../memory-sync-store';
import { runSync } from '../run-sync';
import { CrashingStore } from './crashing-store';
import { type Faults, FaultyTransport } from './faulty-transport';
import { seededRandom } from './seeded-random';

export interface SimulationOptions {
  devices?: number;
  steps?: number;
  /** Chance of each fault at each opportunity (lost request, lost response, duplicate, crash). */
  faultRate?: number;
}

export interface SimulationResult {
  seed: number;
  /** Versions saved on devices, every one of which must be on the server and every device. */
  saved: number;
  faults: Faults & { crashes: number; failedSyncs: number };
  /** Saved versions missing from the server or from a device after healing (must be empty). */
  lost: string[];
  /** Devices whose versions or record states differ from the server's after healing. */
  diverged: string[];
}

/**
 * One seeded run of the real sync engine (runSync) and the domain's version builders: several
 * devices create, edit and delete overlapping records offline and sync at random moments over a
 * network that loses requests and responses and delivers twice, and crash between store steps.
 * Then the network heals and every device syncs until nothing moves; nothing saved may be missing
 * and every device must hold exactly what the server holds.
 */
export function simulate(seed: number, options: SimulationOptions = {}): Promise<SimulationResult> {
  return new Simulation(seed, options).run();
}

class Simulation {
  private readonly random: () => number;
  private readonly server = new MemorySyncServer();
  private readonly stores: MemorySyncStore[] = [];
  private readonly saved = new Set<string>();
  private clock = Date.UTC(2026, 0, 1);
  private ids = 0;
  private failedSyncs = 0;
  private readonly transports: FaultyTransport[] = [];
  private readonly crashing: CrashingStore[] = [];

  constructor(
    private readonly seed: number,
    private readonly options: SimulationOptions,
  ) {
    this.random = seededRandom(seed);
    const rate = options.faultRate ?? 0.2;
    for (let d = 0; d < (options.devices ?? 3); d++) {
      const store = new MemorySyncStore();
      this.stores.push(store);
      this.transports.push(new FaultyTransport(this.server, this.random, rate));
      this.crashing.push(new CrashingStore(store, this.random, rate / 2));
    }
  }

  async run(): Promise<SimulationResult> {
    for (let step = 0; step < (this.options.steps ?? 30); step++) {
      const device = Math.floor(this.random() * this.stores.length);
      if (this.random() < 0.6) this.edit(device);
      else await this.sync(device, true);
    }
    await this.heal();
    return this.verdict();
  }

  private context(device: number): WriteContext {
    this.clock += 1000 + Math.floor(this.random() * 60_000);
    return {
      now: new Date(this.clock),
      newId: () =>
        `0192f4c0-0000-7000-8000-${(this.seed % 0xffff).toString(16).padStart(4, '0')}${(this.ids++).toString(16).padStart(8, '0')}`,
      authorId: `author-${device}`,
      deviceId: `device-${device}`,
    };
  }

  /** A save on one device: a new patient, or an edit or deletion of a head it holds (often another's). */
  private edit(device: number): void {
    const store = this.stores[device] as MemorySyncStore;
    const ctx = this.context(device);
    const held = [...store.versions.values()];
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
          : editVersion(ctx, base, { ...base.data, notes: `edit ${this.ids} on device ${device}` });
    }
    store.save(version);
    this.saved.add(version.versionId);
  }

  private async sync(device: number, faulty: boolean): Promise<void> {
    const store = faulty
      ? (this.crashing[device] as CrashingStore)
      : (this.stores[device] as MemorySyncStore);
    const transport = faulty ? (this.transports[device] as FaultyTransport) : this.server;
    // Small pages and batches, so that interruptions fall between many steps.
    try {
      await runSync(store, transport, {
        deviceId: `device-${device}`,
        pushBatch: 3,
        pullLimit: 4,
        maxStoreBatch: 5,
        recentLimit: 0,
      });
    } catch {
      this.failedSyncs++;
    }
  }

  /** The network heals: every device syncs, in turns, until no outbox holds anything and no one pulls more. */
  private async heal(): Promise<void> {
    for (let round = 0; round < 3; round++)
      for (let device = 0; device < this.stores.length; device++) await this.sync(device, false);
  }

  private verdict(): SimulationResult {
    const onServer = new Set(this.server.stored.map((v) => v.versionId));
    const serverStates = statesKey([...this.server.stored]);
    const lost = [...this.saved].filter(
      (id) => !onServer.has(id) || this.stores.some((store) => !store.versions.has(id)),
    );
    const diverged: string[] = [];
    this.stores.forEach((store, device) => {
      const held = [...store.versions.values()];
      if (held.length !== onServer.size || store.outbox.length > 0 || statesKey(held) !== serverStates)
        diverged.push(`device-${device}`);
    });
    const faults = { lostRequests: 0, lostResponses: 0, duplicated: 0 };
    for (const t of this.transports)
      for (const k of Object.keys(faults) as (keyof Faults)[]) faults[k] += t.faults[k];
    const crashes = this.crashing.reduce((sum, store) => sum + store.crashes, 0);
    return {
      seed: this.seed,
      saved: this.saved.size,
      faults: { ...faults, crashes, failedSyncs: this.failedSyncs },
      lost,
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
