import { sql } from 'drizzle-orm';
import { customType, datetime } from 'drizzle-orm/mysql-core';

/**
 * A UUID as CHAR(36) in ascii with binary collation: a quarter of the index size of utf8mb4, and byte
 * comparison (ids are lower-case by the domain's rule). Every id column uses this one type so joins
 * never mix collations.
 */
export const uuid = customType<{ data: string; driverData: string }>({
  dataType: () => 'char(36) CHARACTER SET ascii COLLATE ascii_bin',
});

/** A sha256 hex digest (session token hashes). */
export const sha256Hex = customType<{ data: string; driverData: string }>({
  dataType: () => 'char(64) CHARACTER SET ascii COLLATE ascii_bin',
});

/**
 * JSON that reads back as a value on MariaDB too. MariaDB stores JSON as LONGTEXT (with a json_valid
 * check), so mysql2 hands back a string; drizzle's own json() would return that string unparsed.
 * MySQL returns parsed values, which pass through.
 */
export function json<T>(name: string) {
  return customType<{ data: T; driverData: string }>({
    dataType: () => 'json',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T)),
  })(name);
}

/** Server time in UTC with milliseconds; the pool sets the session time zone to UTC so NOW() agrees. */
export function timeMs(name: string) {
  return datetime(name, { mode: 'date', fsp: 3 });
}

export function createdAt(name = 'created_at') {
  return timeMs(name).notNull().default(sql`CURRENT_TIMESTAMP(3)`);
}

export function updatedAt(name = 'updated_at') {
  return timeMs(name)
    .notNull()
    .default(sql`CURRENT_TIMESTAMP(3)`)
    .$onUpdate(() => new Date());
}
