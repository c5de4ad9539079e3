import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { HttpSyncTransport } from './http-sync-transport';
import { SyncError } from './sync-error';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function transport(answer: (url: string, init: RequestInit) => Response | Promise<Response>, token = 'tok') {
  const calls: { url: string; init: RequestInit }[] = [];
  const t = new HttpSyncTransport({
    token: () => token || undefined,
    deviceHeaders: () => ({ 'X-App-Version': '1.0.0' }),
    fetch: async (input, init = {}) => {
      calls.push({ url: String(input), init });
      return answer(String(input), init);
    },
  });
  return { t, calls };
}

describe('HttpSyncTransport', () => {
  it('pushes with the token, the protocol version and the device headers, and checks the answer', async () => {
    const { t, calls } = transport(() => json(200, { accepted: ['x'], duplicate: [], rejected: [] }));
    await expect(t.push({ deviceId: 'd', versions: [] })).resolves.toEqual({
      accepted: ['x'],
      duplicate: [],
      rejected: [],
    });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer tok');
    expect(headers[PROTOCOL_HEADER]).toBe(String(PROTOCOL_VERSION));
    expect(headers['X-App-Version']).toBe('1.0.0');
  });

  it('pulls with the cursor and limit in the query', async () => {
    const { t, calls } = transport(() => json(200, { versions: [], cursor: 'c2', more: false }));
    await expect(t.pull('c1', 500)).resolves.toEqual({ versions: [], cursor: 'c2', more: false });
    expect(calls[0]?.url).toBe('/api/sync/pull?cursor=c1&limit=500');
  });

  it.each([
    [401, 'signed-out'],
    [403, 'forbidden'],
    [413, 'too-large'],
    [400, 'bad-request'],
    [503, 'server'],
  ])('turns a %i into a %s error with the server’s sentence', async (status, kind) => {
    const { t } = transport(() => json(status, { error: 'x', message: 'In words.' }));
    await expect(t.pull('', 10)).rejects.toMatchObject({ kind, message: 'In words.', status });
  });

  it('says offline when nothing answers, and signed-out without a session, without calling', async () => {
    const offline = transport(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(offline.t.pull('', 10)).rejects.toMatchObject({ kind: 'offline' });
    const signedOut = transport(() => json(200, {}), '');
    await expect(signedOut.t.pull('', 10)).rejects.toBeInstanceOf(SyncError);
    expect(signedOut.calls).toEqual([]);
  });

  it('refuses an answer that does not follow the protocol', async () => {
    const { t } = transport(() => json(200, { versions: 'nope' }));
    await expect(t.pull('', 10)).rejects.toMatchObject({ kind: 'server' });
  });
});
