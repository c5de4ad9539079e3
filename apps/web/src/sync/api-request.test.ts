import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRequest } from './api-request';

/** A server that accepts the connection and never answers, until the request is given up. */
const stalled = ((_url: string, init: RequestInit) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  })) as typeof fetch;

describe('apiRequest', () => {
  it('gives up on a stalled connection and says so as "offline", so a sync never hangs', async () => {
    const call = apiRequest(
      '/api/sync/pull',
      z.unknown(),
      { method: 'GET' },
      { fetch: stalled, timeoutMs: 30 },
    );
    await expect(call).rejects.toMatchObject({ kind: 'offline', message: /did not answer in time/ });
  });

  it('words a refusal with the server’s own sentence and keeps the status', async () => {
    const refusing = (async () =>
      new Response(JSON.stringify({ error: 'forbidden', message: 'Not your hospital.' }), {
        status: 403,
      })) as typeof fetch;
    await expect(
      apiRequest('/api/x', z.unknown(), { method: 'GET' }, { fetch: refusing }),
    ).rejects.toMatchObject({ kind: 'forbidden', message: 'Not your hospital.', status: 403 });
  });
});
