import type { Context } from 'hono';
import { formatSql } from '../db/raw-sql';

/**
 * What a device says about itself in optional request headers, so admins can see devices holding
 * unsynced work: X-Device-Id (pull only; a push names its device in the body), X-App-Version,
 * X-Pending-Versions, X-Oldest-Pending-At. Headers a client leaves out change nothing, but for the
 * oldest of a device that reports nothing waiting.
 */
export interface DeviceReport {
  deviceId: string;
  appVersion?: string;
  pendingVersions?: number;
  oldestPendingAt?: Date | null;
}

/** The largest value of the INT column pending_versions; a bigger count is not believable anyway. */
const MAX_PENDING = 2_147_483_647;
/** DATETIME holds the years 1000 to 9999; a clock outside them is not a date to keep. */
const storableDate = (date: Date) => date.getUTCFullYear() >= 1000 && date.getUTCFullYear() <= 9999;

export function deviceReport(c: Context, deviceId = c.req.header('X-Device-Id')): DeviceReport | undefined {
  const id = deviceId?.trim().slice(0, 64);
  if (!id) return undefined;
  const appVersion = c.req.header('X-App-Version')?.trim().slice(0, 32);
  const pending = Number(c.req.header('X-Pending-Versions'));
  const pendingKnown = Number.isSafeInteger(pending) && pending >= 0 && pending <= MAX_PENDING;
  const oldestPendingAt = reportedOldest(c.req.header('X-Oldest-Pending-At'), pendingKnown && pending === 0);
  return {
    deviceId: id,
    ...(appVersion ? { appVersion } : {}),
    ...(pendingKnown ? { pendingVersions: pending } : {}),
    ...(oldestPendingAt === undefined ? {} : { oldestPendingAt }),
  };
}

/**
 * The oldest waiting version's time: null when the header is not a storable date, or when it is left
 * out by a device that says nothing waits (what it sent before no longer holds); undefined to keep it.
 */
function reportedOldest(header: string | undefined, nothingWaits: boolean): Date | null | undefined {
  if (header === undefined) return nothingWaits ? null : undefined;
  const at = header ? new Date(header) : undefined;
  return at && !Number.isNaN(at.getTime()) && storableDate(at) ? at : null;
}

const COLUMNS = {
  appVersion: 'app_version',
  pendingVersions: 'pending_versions',
  oldestPendingAt: 'oldest_pending_at',
} as const;

/** The device's last push or pull, as one upsert statement; only what the device reported changes. */
export function deviceContactSql(
  userId: string,
  report: DeviceReport,
  kind: 'push' | 'pull',
  at: Date,
): string {
  const set: [string, unknown][] = [
    ['user_id', userId],
    [kind === 'push' ? 'last_push_at' : 'last_pull_at', at],
  ];
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = report[key as keyof typeof COLUMNS];
    if (value !== undefined) set.push([column, value]);
  }
  const columns = ['device_id', ...set.map(([c]) => c)];
  const updates = set.map(([c]) => `${c} = VALUES(${c})`).join(', ');
  return formatSql(
    `INSERT INTO devices (${columns.join(', ')}) VALUES (?) ON DUPLICATE KEY UPDATE ${updates}`,
    [[report.deviceId, ...set.map(([, v]) => v)]],
  );
}
