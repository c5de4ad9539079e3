import { HttpSyncTransport } from '../../../apps/web/src/sync/http-sync-transport';
import type { SyncProgress } from '../../../apps/web/src/sync/run-sync';
import { runSync } from '../../../apps/web/src/sync/run-sync';
import type { SyncTransport } from '../../../apps/web/src/sync/sync-transport';
import type { Device, Session } from './device';
import { measure, now } from './phases';

/**
 * fetch with its two halves measured: until the answer's headers ('pull.wait': the server's work and
 * the network) and reading plus parsing its body ('pull.body+parse'). What the transport adds after
 * that, checking the answer against the protocol's schema, is the rest of 'pull.total'.
 */
const timedFetch: typeof fetch = async (input, init) => {
  const start = now();
  const response = await fetch(input, init);
  measure('pull.wait', start);
  const json = response.json.bind(response);
  response.json = async () => {
    const bodyStart = now();
    try {
      return await json();
    } finally {
      measure('pull.body+parse', bodyStart);
    }
  };
  return response;
};

/** One run of the app's sync loop over HTTP, with the headers the app's SyncController sends. */
export function syncDevice(
  device: Device,
  session: Session,
  options: { pullLimit?: number | undefined; onPage?: (progress: SyncProgress) => void } = {},
): Promise<SyncProgress> {
  const http = new HttpSyncTransport({
    token: () => session.token,
    fetch: timedFetch,
    deviceHeaders: () => ({
      'X-Device-Id': device.deviceId,
      'X-App-Version': 'web-sync-bench',
      'X-Pending-Versions': '0',
    }),
  });
  const transport: SyncTransport = {
    push: (request) => http.push(request),
    pull: async (cursor, limit) => {
      const start = now();
      const page = await http.pull(cursor, limit);
      measure('pull.total', start);
      return page;
    },
    recent: async (limit) => {
      const start = now();
      const recent = await http.recent(limit);
      measure('pull.recent', start);
      return recent;
    },
  };
  return runSync(device.store.syncStoreFor(session.userId), transport, {
    deviceId: device.deviceId,
    ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
    ...(options.onPage ? { onProgress: options.onPage } : {}),
  });
}
