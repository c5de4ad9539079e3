import type { LocalStore } from '../local-store';
import { type CookieJar, type DeviceCookie, readDeviceCookie } from './device-cookie';
import { DEVICE_ID, readStorageLoss, STORAGE_LOSS, type StorageLoss } from './storage-loss';

/**
 * What the start finds, from the device cookie and the store's device id:
 * - `intact`: the store has its device id; whatever the cookie says, the store is the truth.
 * - `first-visit`: neither a cookie nor a store: a new device.
 * - `unused`: the cookie remains but the store is empty, and nothing had been kept in it (no one
 *   had signed in): nothing was lost, the device keeps its id.
 * - `lost`: the cookie says the store held something, and the store is empty: the browser deleted it.
 */
export type StorageFinding =
  | { kind: 'intact'; deviceId: string }
  | { kind: 'first-visit' }
  | { kind: 'unused'; deviceId: string }
  | { kind: 'lost'; deviceId: string; cookie: DeviceCookie };

export function findStorage(
  cookie: DeviceCookie | undefined,
  storedDeviceId: string | undefined,
): StorageFinding {
  if (storedDeviceId) return { kind: 'intact', deviceId: storedDeviceId };
  if (!cookie) return { kind: 'first-visit' };
  if (!cookie.held) return { kind: 'unused', deviceId: cookie.deviceId };
  return { kind: 'lost', deviceId: cookie.deviceId, cookie };
}

export interface StorageCheck {
  deviceId: string;
  finding: StorageFinding['kind'];
  /** A loss the person has not acknowledged yet: found now, or at an earlier start. */
  loss?: StorageLoss;
}

export interface StorageCheckOptions {
  cookies: CookieJar;
  newDeviceId: () => string;
  now?: () => Date;
}

/**
 * Run when the store is opened, before anything writes to it (the cookie is written only after this,
 * so that it still tells of the store as it was). A device whose store was deleted keeps its id, so
 * that the server's list of devices goes on with it and its next sync is known as the same device.
 */
export async function checkStorage(store: LocalStore, options: StorageCheckOptions): Promise<StorageCheck> {
  const now = options.now ?? (() => new Date());
  const finding = findStorage(readDeviceCookie(options.cookies), await store.getMeta<string>(DEVICE_ID));
  switch (finding.kind) {
    case 'intact': {
      const loss = await readStorageLoss(store);
      return { deviceId: finding.deviceId, finding: finding.kind, ...unacknowledged(loss) };
    }
    case 'first-visit':
    case 'unused': {
      const deviceId = finding.kind === 'unused' ? finding.deviceId : options.newDeviceId();
      await store.setMeta(DEVICE_ID, deviceId);
      return { deviceId, finding: finding.kind };
    }
    case 'lost': {
      const { cookie, deviceId } = finding;
      const loss: StorageLoss = {
        detectedAt: now().toISOString(),
        lostChanges: cookie.pending,
        ...(cookie.pending > 0 && cookie.oldestPendingAt ? { oldestLostAt: cookie.oldestPendingAt } : {}),
      };
      console.warn(
        `The browser deleted this device's registry store (device ${deviceId}); ${loss.lostChanges} unsynced changes were lost.`,
      );
      // One write: a device id without the record would hide the loss at every later start.
      await store.db.meta.bulkPut([
        { key: DEVICE_ID, value: deviceId },
        { key: STORAGE_LOSS, value: loss },
      ]);
      return { deviceId, finding: finding.kind, loss };
    }
  }
}

const unacknowledged = (loss: StorageLoss | undefined) => (loss && !loss.acknowledgedAt ? { loss } : {});
