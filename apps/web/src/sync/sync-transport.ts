import type { PullResponse, PushRequest, PushResponse } from '@registry/domain';

/** The sync protocol as the engine sees it (SYNC.md); HTTP is one implementation. */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
}
