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
}

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
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${options.baseUrl ?? ''}${path}`, { ...init, headers });
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
