import { buildDeviceExport, type DeviceExport, type SessionUser } from '@registry/domain';
import type { LocalStore } from '../../local/local-store';

export interface UnsyncedExport {
  file: DeviceExport;
  /** registry-unsynced-<device short id>-<yyyy-mm-dd-hhmm>.json */
  fileName: string;
}

/**
 * The export file of everything this device holds that has not reached the server: the whole outbox
 * in its saving order (parents before children), refused versions included with the server's
 * reasons, and other users' waiting work too, since it is this device's to hand over. The outbox is
 * not touched: if the device does reconnect, the same versions sync and the server counts each once.
 */
export async function unsyncedExport(
  store: LocalStore,
  context: { deviceId: string; user: SessionUser; appVersion: string; now: Date },
): Promise<UnsyncedExport> {
  const rows = await store.outbox();
  const file = buildDeviceExport({
    exportedAt: context.now,
    deviceId: context.deviceId,
    exportedBy: {
      userId: context.user.id,
      username: context.user.username,
      fullName: context.user.fullName,
    },
    appVersion: context.appVersion,
    versions: rows.map((row) => row.version),
    rejections: rows.flatMap((row) =>
      row.rejection === undefined ? [] : [{ versionId: row.versionId, reason: row.rejection }],
    ),
  });
  return { file, fileName: exportFileName(context.deviceId, context.now) };
}

/**
 * The file's name says which device and when, in the device's own time, so that several files
 * brought to an admin can be told apart: registry-unsynced-4f1c2a9b-2026-11-23-0915.json. A device id
 * is a UUIDv7, whose first digits are a time shared by devices set up together and whose last are
 * random: the last eight tell devices apart.
 */
export function exportFileName(deviceId: string, at: Date): string {
  const short =
    deviceId
      .replace(/[^0-9a-z]/gi, '')
      .slice(-8)
      .toLowerCase() || 'device';
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `registry-unsynced-${short}-${day}-${two(at.getHours())}${two(at.getMinutes())}.json`;
}
