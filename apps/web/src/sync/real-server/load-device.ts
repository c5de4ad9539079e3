import { hasRole, type SessionUser, type Version, type WriteContext } from '@registry/domain';
import { login } from '../../session/session-requests';
import { HttpSyncTransport } from '../http-sync-transport';
import { MemorySyncStore } from '../memory-sync-store';
import { runSync, type SyncProgress } from '../run-sync';
import { seededRandom } from '../simulation/seeded-random';
import type { LoadLedger } from './load-ledger';
import { randomWrite } from './random-write';

/** The one password of every demo account (the server prints it at start; see README). */
export const DEMO_PASSWORD = 'registry-demo';

/** A server as a device reaches it. */
export interface SyncTarget {
  name: string;
  baseUrl: string;
}

/**
 * A device of the registry in this process: the app's own sync engine (runSync), HTTP transport and
 * sign-in call over the in-memory store, with a user signed in over HTTP. Its choices come from its own
 * seeded random, so a seed replays every device's decisions (the interleaving is the network's).
 */
export class LoadDevice {
  readonly store = new MemorySyncStore();
  readonly deviceId: string;
  readonly name: string;
  readonly random: () => number;
  private signedIn: { user: SessionUser; token: string } | undefined;
  private ids = 0;
  saved = 0;
  skipped = 0;
  /** Saves the domain's check refused on the device (a form would not have saved them), with why. */
  readonly refusedLocally: string[] = [];

  constructor(
    readonly username: string,
    readonly index: number,
    seed: number,
    /** Eight hex digits that start every id this run makes. */
    readonly runPrefix: string,
  ) {
    this.deviceId = `load-${index}-${username}`;
    this.name = `${username}#${index}`;
    this.random = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  }

  get user(): SessionUser {
    if (!this.signedIn) throw new Error(`${this.name} is not signed in.`);
    return this.signedIn.user;
  }

  /** Who sees what: every hospital, or the hospitals the surgeon belongs to. */
  get scope(): string {
    return hasRole(this.user.role, 'coordinator') ? 'all' : [...this.user.hospitalIds].sort().join('+');
  }

  async signIn(server: SyncTarget): Promise<void> {
    const answer = await login(
      { username: this.username, password: DEMO_PASSWORD, deviceId: this.deviceId },
      (input, init) => fetch(new URL(String(input), server.baseUrl), init),
    );
    this.signedIn = { user: answer.user, token: answer.token };
  }

  /** One save on the device, offline: held at once and waiting in the outbox. */
  write(ledger: LoadLedger): Version | undefined {
    const user = this.user;
    const outcome = randomWrite({
      random: this.random,
      context: () => this.context(),
      actor: { ...user, active: true },
      held: this.store.versions.values(),
      runPrefix: this.runPrefix,
    });
    if ('skipped' in outcome) {
      this.skipped++;
      return undefined;
    }
    if ('refused' in outcome) {
      this.refusedLocally.push(outcome.refused);
      return undefined;
    }
    this.store.save(outcome.version);
    ledger.created.set(outcome.version.versionId, outcome.version);
    this.saved++;
    return outcome.version;
  }

  /** One run of the app's sync engine against one server. */
  async sync(server: SyncTarget, ledger: LoadLedger): Promise<SyncProgress> {
    const token = this.signedIn?.token;
    const http = new HttpSyncTransport({
      token: () => token,
      baseUrl: server.baseUrl,
      fetch: ledger.fetchFor(server.name),
      // What the app's sync controller reports, so the device rows are written as in real use.
      deviceHeaders: () => ({
        'X-Device-Id': this.deviceId,
        'X-App-Version': 'load',
        'X-Pending-Versions': String(this.store.outbox.length),
      }),
    });
    const transport = ledger.recording(http, server.name, this.name, (id) => this.store.versions.get(id));
    // Push batches of several sizes, so that pushes of one device also interleave with others'.
    const pushBatch = [5, 40, 200][Math.floor(this.random() * 3)];
    ledger.syncsInFlight++;
    ledger.maxSyncsInFlight = Math.max(ledger.maxSyncsInFlight, ledger.syncsInFlight);
    try {
      return await runSync(this.store, transport, { deviceId: this.deviceId, pushBatch });
    } finally {
      ledger.syncsInFlight--;
    }
  }

  private context(): WriteContext {
    return {
      now: new Date(),
      newId: () => this.newId(),
      authorId: this.user.id,
      deviceId: this.deviceId,
    };
  }

  /** A lower-case UUID unique to this run and device, the same on every replay of the seed. */
  private newId(): string {
    const device = this.index.toString(16).padStart(4, '0');
    const count = (this.ids++).toString(16).padStart(12, '0');
    return `${this.runPrefix}-${device}-7000-8000-${count}`;
  }
}
