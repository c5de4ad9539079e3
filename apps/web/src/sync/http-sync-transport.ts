import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  pullResponseSchema,
  pushResponseSchema,
} from '@registry/domain';
import type { z } from 'zod';
import { kindOfStatus, SyncError } from './sync-error';
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

  pull(cursor: string, limit: number): Promise<PullResponse> {
    const query = new URLSearchParams({ cursor, limit: String(limit) });
    return this.call(`/api/sync/pull?${query}`, pullResponseSchema, { method: 'GET' });
  }

  private async call<S extends z.ZodType>(path: string, schema: S, init: RequestInit): Promise<z.output<S>> {
    const token = this.options.token();
    if (!token)
      throw new SyncError('signed-out', 'Sign in to sync; your work is kept on this device meanwhile.');
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...this.options.deviceHeaders?.(),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    };
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(`${this.options.baseUrl ?? ''}${path}`, {
        ...init,
        headers,
      });
    } catch {
      throw new SyncError('offline', 'The server cannot be reached. Your work is kept on this device.');
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const message = (body as { message?: unknown } | undefined)?.message;
      throw new SyncError(
        kindOfStatus(response.status),
        typeof message === 'string' ? message : `The server answered ${response.status}.`,
        response.status,
      );
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new SyncError('server', 'The server sent an answer this app does not understand.');
    return parsed.data;
  }
}
