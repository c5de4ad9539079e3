import { devices } from '@registry/db-schema';
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Queryable } from '../auth/queryable';

/**
 * What a device says about itself in optional request headers, so admins can see devices holding
 * unsynced work: X-Device-Id (pull only; a push names its device in the body), X-App-Version,
 * X-Pending-Versions, X-Oldest-Pending-At. Headers a client leaves out change nothing.
 */
export interface DeviceReport {
  deviceId: string;
  appVersion?: string;
  pendingVersions?: number;
  oldestPendingAt?: Date | null;
}

export function deviceReport(c: Context, deviceId = c.req.header('X-Device-Id')): DeviceReport | undefined {
  const id = deviceId?.trim().slice(0, 64);
  if (!id) return undefined;
  const appVersion = c.req.header('X-App-Version')?.trim().slice(0, 32);
  const pending = Number(c.req.header('X-Pending-Versions'));
  const oldest = c.req.header('X-Oldest-Pending-At');
  const oldestAt = oldest ? new Date(oldest) : undefined;
  return {
    deviceId: id,
    ...(appVersion ? { appVersion } : {}),
    ...(Number.isSafeInteger(pending) && pending >= 0 ? { pendingVersions: pending } : {}),
    ...(oldest === undefined
      ? {}
      : { oldestPendingAt: oldestAt && !Number.isNaN(oldestAt.getTime()) ? oldestAt : null }),
  };
}

/** Remembers the device's last push or pull; one upsert, outside the push transaction. */
export async function recordDeviceContact(
  db: Queryable,
  userId: string,
  report: DeviceReport,
  kind: 'push' | 'pull',
  at: Date,
): Promise<void> {
  const { deviceId, ...facts } = report;
  const when = kind === 'push' ? { lastPushAt: at } : { lastPullAt: at };
  await db
    .insert(devices)
    .values({ deviceId, userId, ...facts, ...when })
    .onDuplicateKeyUpdate({ set: { userId, ...facts, ...when, deviceId: sql`device_id` } });
}
