import type { PullResponse, PushRequest, PushResponse } from '@registry/domain';
import type { SyncTransport } from '../sync-transport';

export interface Faults {
  /** Requests lost before the server saw them. */
  lostRequests: number;
  /** Responses lost after the server committed. */
  lostResponses: number;
  /** Requests the network delivered twice. */
  duplicated: number;
}

export class NetworkError extends Error {}

/**
 * The network between a device and the server, as unreliable as the seed makes it: a request lost
 * on the way, a response lost after the server committed, a request delivered twice. Counts what it did.
 */
export class FaultyTransport implements SyncTransport {
  readonly faults: Faults = { lostRequests: 0, lostResponses: 0, duplicated: 0 };

  constructor(
    private readonly server: SyncTransport,
    private readonly random: () => number,
    private readonly rate: number,
  ) {}

  push(request: PushRequest): Promise<PushResponse> {
    return this.deliver(() => this.server.push(request));
  }

  pull(cursor: string, limit: number): Promise<PullResponse> {
    return this.deliver(() => this.server.pull(cursor, limit));
  }

  private async deliver<T>(call: () => Promise<T>): Promise<T> {
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
