import {
  type PullResponse,
  type PushRequest,
  type PushResponse,
  pullResponseSchema,
  pushResponseSchema,
  type RecentResponse,
  recentResponseSchema,
} from '@registry/domain';
import type { z } from 'zod';
import { apiRequest } from './api-request';
import { SyncError } from './sync-error';
import type { SyncTransport } from './sync-transport';

export interface HttpSyncTransportOptions {
  /** The session's bearer token; undefined when signed out. */
  token: () => string | undefined;
  /** Where the API is; the page's own origin by default. */
  baseUrl?: string;
  /** What the device reports about itself (X-App-Version, X-Pending-Versions…). */
  deviceHeaders?: () => Record<string, string>;
  fetch?: typeof fetch;
}

/** The sync protocol over HTTP (SYNC.md), every answer checked against the protocol's schemas. */
export class HttpSyncTransport implements SyncTransport {
  constructor(private readonly options: HttpSyncTransportOptions) {}

  push(request: PushRequest): Promise<PushResponse> {
    return this.call('/api/sync/push', pushResponseSchema, { method: 'POST', body: JSON.stringify(request) });
  }

  /**
   * A push of another device's export file by an admin (`?import=1`): the server takes versions
   * signed by other users only this way (SYNC.md). Same answer as a push.
   */
  importPush(request: PushRequest): Promise<PushResponse> {
    return this.call('/api/sync/push?import=1', pushResponseSchema, {
      method: 'POST',
      body: JSON.stringify(request),
    });
  }

  pull(cursor: string, limit: number): Promise<PullResponse> {
    const query = new URLSearchParams({ cursor, limit: String(limit) });
    return this.call(`/api/sync/pull?${query}`, pullResponseSchema, { method: 'GET' });
  }

  recent(limit: number): Promise<RecentResponse> {
    return this.call(
      `/api/sync/recent?${new URLSearchParams({ limit: String(limit) })}`,
      recentResponseSchema,
      {
        method: 'GET',
      },
    );
  }

  private async call<S extends z.ZodType>(path: string, schema: S, init: RequestInit): Promise<z.output<S>> {
    const token = this.options.token();
    if (!token)
      throw new SyncError('signed-out', 'Sign in to sync; your work is kept on this device meanwhile.');
    return apiRequest(path, schema, init, {
      token,
      baseUrl: this.options.baseUrl,
      headers: this.options.deviceHeaders?.(),
      fetch: this.options.fetch,
    });
  }
}
