import type { PullResponse, PushRequest, PushResponse, RecentResponse } from '@registry/domain';

/** The sync protocol as the engine sees it (SYNC.md); HTTP is one implementation. */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
  /** The newest versions and their patients, shown first during a first sync (optional). */
  recent?(limit: number): Promise<RecentResponse>;
}
