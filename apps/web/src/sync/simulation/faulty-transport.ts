import type { PullResponse, PushRequest, PushResponse } from '@registry/domain';
import type { SyncTransport } from '../sync-transport';

export interface Faults {
  /** Requests lost before the server saw them. */
  lostRequests: number;
  /** Responses lost after the server committed. */
  lostResponses: number;
  /** Requests the network delivered twice. */
  duplicated: number;
  /** Requests the network held back and delivered later, after others. */
  reordered: number;
}

export class NetworkError extends Error {}

/**
 * Requests the network held back, delivered later in any order, after requests sent after them. Their
 * answers reach no one: the device gave up on them long ago.
 */
export class DelayedDeliveries {
  private readonly held: (() => Promise<unknown>)[] = [];

  hold(delivery: () => Promise<unknown>): void {
    this.held.push(delivery);
  }

  get size(): number {
    return this.held.length;
  }

  /** Delivers one held request, chosen at random. */
  async deliverOne(random: () => number): Promise<void> {
    if (this.held.length === 0) return;
    const [delivery] = this.held.splice(Math.floor(random() * this.held.length), 1);
    await delivery?.().catch(() => undefined);
  }
}

/**
 * The network between a device and the server, as unreliable as the seed makes it: a request lost
 * on the way, a response lost after the server committed, a request delivered twice, a request held
 * back and delivered after later ones. Counts what it did.
 */
export class FaultyTransport implements SyncTransport {
  readonly faults: Faults = { lostRequests: 0, lostResponses: 0, duplicated: 0, reordered: 0 };

  constructor(
    private readonly server: SyncTransport,
    private readonly random: () => number,
    private readonly rate: number,
    private readonly delayed: DelayedDeliveries,
  ) {}

  push(request: PushRequest): Promise<PushResponse> {
    return this.deliver(() => this.server.push(request));
  }

  pull(cursor: string, limit: number): Promise<PullResponse> {
    return this.deliver(() => this.server.pull(cursor, limit));
  }

  private async deliver<T>(call: () => Promise<T>): Promise<T> {
    if (this.random() < this.rate / 2) {
      // Held back: the device may also have given up on it, so that it arrives after the retry.
      this.faults.reordered++;
      this.delayed.hold(call);
      if (this.random() < 0.5) throw new NetworkError('request held back');
    }
    if (this.random() < this.rate) {
      this.faults.lostRequests++;
      throw new NetworkError('request lost');
    }
    if (this.random() < this.rate) {
      this.faults.duplicated++;
      await call();
    }
    const answer = await call();
    if (this.random() < this.rate) {
      this.faults.lostResponses++;
      throw new NetworkError('response lost');
    }
    return answer;
  }
}
