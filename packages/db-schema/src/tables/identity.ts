import { ROLES } from '@registry/domain';
import { boolean, index, int, mysqlEnum, mysqlTable, varchar } from 'drizzle-orm/mysql-core';
import { createdAt, sha256Hex, timeMs, updatedAt, uuid } from '../columns';

export const users = mysqlTable('users', {
  id: uuid('id').primaryKey(),
  // The table's utf8mb4_unicode_ci collation makes "Amina" and "amina" the same user name.
  username: varchar('username', { length: 64 }).notNull().unique('users_username_unique'),
  fullName: varchar('full_name', { length: 200 }).notNull(),
  role: mysqlEnum('role', ROLES).notNull(),
  passwordHash: varchar('password_hash', { length: 255 }).notNull(),
  active: boolean('active').notNull().default(true),
  failedLogins: int('failed_logins').notNull().default(0),
  lockedUntil: timeMs('locked_until'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Sessions live in the database so any server instance can serve any request. Only the sha256 of the
 * bearer token is stored: a leaked table does not let anyone sign in.
 */
export const sessions = mysqlTable(
  'sessions',
  {
    tokenHash: sha256Hex('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    deviceId: varchar('device_id', { length: 64 }),
    createdAt: createdAt(),
    expiresAt: timeMs('expires_at').notNull(),
    lastSeenAt: createdAt('last_seen_at'),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId), index('sessions_expires_at_idx').on(t.expiresAt)],
);
