import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@registry/domain';
import type { z } from 'zod';
import { kindOfStatus, SyncError } from './sync-error';

export interface ApiRequestOptions {
  /** The bearer token; undefined for calls that need none (sign-in). */
  token?: string | undefined;
  /** Where the API is; the page's own origin by default. */
  baseUrl?: string | undefined;
  headers?: Record<string, string> | undefined;
  fetch?: typeof fetch | undefined;
  /** Give up after this long (default 60 s), so that a stalled connection cannot hold a sync forever. */
  timeoutMs?: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * One call to the sync server: the protocol header, the answer checked against its schema, and every
 * failure turned into a SyncError of a kind the screens can word (offline, signed out, forbidden…).
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit,
  options: ApiRequestOptions,
): Promise<z.output<S>> {
  const headers: Record<string, string> = {
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    ...options.headers,
    ...(init.body ? { 'Content-Type': 'application/json' } : {}),
  };
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let response: Response;
  let body: unknown;
  try {
    response = await (options.fetch ?? fetch)(`${options.baseUrl ?? ''}${path}`, {
      ...init,
      headers,
      signal,
    });
    body = await response.json().catch((error: unknown) => {
      if (signal.aborted) throw error;
      return undefined;
    });
  } catch {
    throw new SyncError(
      'offline',
      signal.aborted
        ? 'The server did not answer in time. Your work is kept on this device.'
        : 'The server cannot be reached. Your work is kept on this device.',
    );
  }
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
