import type {
  PullResponse,
  PushRequest,
  PushResponse,
  RecentResponse,
  Rejection,
  Version,
} from '@registry/domain';
import type { SyncTransport } from '../sync-transport';

export interface RecordedRejection extends Rejection {
  device: string;
  version: Version | undefined;
}

/**
 * What the load did and what the servers said, kept outside every device and server: each version a
 * device made, each version a server acknowledged, every refusal and every HTTP answer by status.
 */
export class LoadLedger {
  /** Every version made on a device, as it was saved there. */
  readonly created = new Map<string, Version>();
  /** Ids a server answered as accepted or duplicate: from then on it promised to keep them. */
  readonly acknowledged = new Set<string>();
  readonly rejections: RecordedRejection[] = [];
  /** HTTP answers by status, over every request of every device. */
  readonly statuses = new Map<number, number>();
  /** 5xx answers, with what was asked: the server failed (never expected). */
  readonly serverErrors: string[] = [];
  /** Syncs that ended in a failure other than the network (a refusal of the request, an unreadable answer). */
  readonly otherFailures: string[] = [];
  syncs = 0;
  failedSyncs = 0;
  pushes = 0;
  /** Versions a push reported as already held: sent again after an answer that never came back. */
  duplicates = 0;
  private readonly inFlight = new Map<string, number>();
  syncsInFlight = 0;
  maxSyncsInFlight = 0;

  pushesInFlight(server: string): number {
    return this.inFlight.get(server) ?? 0;
  }

  /** fetch for one server's transport, counting every answer by status. */
  fetchFor(server: string): typeof fetch {
    return async (input, init) => {
      const response = await fetch(input, init);
      this.statuses.set(response.status, (this.statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) {
        const body = await response.clone().text();
        this.serverErrors.push(
          `${server} ${init?.method ?? 'GET'} ${String(input)} → ${response.status}: ${body}`,
        );
      }
      return response;
    };
  }

  /** The transport a device syncs through, reporting each push's answer here before the device sees it. */
  recording(
    inner: SyncTransport,
    server: string,
    device: string,
    pushed: (id: string) => Version | undefined,
  ): SyncTransport {
    const recent = inner.recent?.bind(inner);
    return {
      push: async (request: PushRequest): Promise<PushResponse> => {
        this.inFlight.set(server, this.pushesInFlight(server) + 1);
        try {
          const response = await inner.push(request);
          this.pushes++;
          this.duplicates += response.duplicate.length;
          for (const id of [...response.accepted, ...response.duplicate]) this.acknowledged.add(id);
          for (const r of response.rejected)
            this.rejections.push({ ...r, device, version: pushed(r.versionId) });
          return response;
        } finally {
          this.inFlight.set(server, this.pushesInFlight(server) - 1);
        }
      },
      pull: (cursor: string, limit: number): Promise<PullResponse> => inner.pull(cursor, limit),
      ...(recent ? { recent: (limit: number): Promise<RecentResponse> => recent(limit) } : {}),
    };
  }
}
