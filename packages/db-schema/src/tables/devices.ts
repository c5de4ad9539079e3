import { index, int, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { timeMs, uuid } from '../columns';

/**
 * What each device last told the server about itself, so admins can see devices that hold unsynced
 * work or have gone quiet. Overwritten on each push/pull; not a history.
 */
export const devices = mysqlTable(
  'devices',
  {
    deviceId: varchar('device_id', { length: 64 }).primaryKey(),
    /** The user last signed in on the device. */
    userId: uuid('user_id').notNull(),
    appVersion: varchar('app_version', { length: 32 }),
    lastPushAt: timeMs('last_push_at'),
    lastPullAt: timeMs('last_pull_at'),
    pendingVersions: int('pending_versions').notNull().default(0),
    oldestPendingAt: timeMs('oldest_pending_at'),
  },
  (t) => [index('devices_user_id_idx').on(t.userId)],
);
