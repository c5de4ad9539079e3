import { devices, users } from '@registry/db-schema';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../auth/queryable';

/**
 * A device as the admin screen lists it: who last used it, when it was last heard from, and the work
 * it said was still waiting to go up. What a device reports is its own word (SYNC.md): the server
 * cannot see its store, only the headers of its last push or pull (sync/device-contact.ts).
 */
export interface AdminDeviceView {
  deviceId: string;
  /** The user last signed in on the device; the names are null only if the user row is missing. */
  user: { id: string; username: string | null; fullName: string | null };
  appVersion: string | null;
  /** The later of its last push and last pull. */
  lastContactAt: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  /** Versions saved on the device and not yet pushed, as it last reported. */
  pendingVersions: number;
  /** When the oldest of those was saved, by the device's clock; null when nothing waits or it did not say. */
  oldestPendingAt: string | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

// DATETIME starts at the year 1000: a device never heard from in one direction sorts as if long ago.
const LONG_AGO = sql`'1000-01-01'`;
const lastContact = sql`GREATEST(COALESCE(${devices.lastPushAt}, ${LONG_AGO}), COALESCE(${devices.lastPullAt}, ${LONG_AGO}))`;

/** Every device the server has heard from, the most recently heard from first. */
export async function listAdminDevices(db: Queryable): Promise<AdminDeviceView[]> {
  const rows = await db
    .select({
      deviceId: devices.deviceId,
      userId: devices.userId,
      username: users.username,
      fullName: users.fullName,
      appVersion: devices.appVersion,
      lastPushAt: devices.lastPushAt,
      lastPullAt: devices.lastPullAt,
      pendingVersions: devices.pendingVersions,
      oldestPendingAt: devices.oldestPendingAt,
    })
    .from(devices)
    .leftJoin(users, eq(users.id, devices.userId))
    .orderBy(desc(lastContact), asc(devices.deviceId));
  return rows.map((row) => {
    const contacts = [row.lastPushAt, row.lastPullAt].filter((d): d is Date => d !== null);
    const lastContactAt = contacts.length ? new Date(Math.max(...contacts.map((d) => d.getTime()))) : null;
    return {
      deviceId: row.deviceId,
      user: { id: row.userId, username: row.username, fullName: row.fullName },
      appVersion: row.appVersion,
      lastContactAt: iso(lastContactAt),
      lastPushAt: iso(row.lastPushAt),
      lastPullAt: iso(row.lastPullAt),
      pendingVersions: row.pendingVersions,
      oldestPendingAt: iso(row.oldestPendingAt),
    };
  });
}
