import type { ConnectionOptions } from 'mysql2/promise';

/** Where the server looks when DATABASE_URL is not set: a local MariaDB/MySQL with the usual root login. */
export const DEFAULT_DATABASE_URL = 'mysql://root@127.0.0.1:3306/registry';

export interface DatabaseAddress {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** Extra driver options from the query string, e.g. ?ssl={"rejectUnauthorized":true}. */
  extra: Record<string, unknown>;
}

export function parseDatabaseUrl(url: string): DatabaseAddress {
  const parsed = new URL(url);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of parsed.searchParams) {
    try {
      extra[key] = JSON.parse(value);
    } catch {
      extra[key] = value;
    }
  }
  return {
    host: decodeURIComponent(parsed.hostname.replace(/^\[(.*)\]$/, '$1')),
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || 'registry',
    extra,
  };
}

/** The URL as it may be shown and logged: never with its password. */
export function describeDatabaseUrl(url: string, { withDatabase = true } = {}): string {
  const { host, port, user, database } = parseDatabaseUrl(url);
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return `mysql://${user ? `${encodeURIComponent(user)}@` : ''}${hostPart}:${port}${withDatabase ? `/${database}` : ''}`;
}

/** The same server with another database name (or none). */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Driver options for one connection; `database: false` connects to the server without choosing a database. */
export function connectionOptions(url: string, { database = true } = {}): ConnectionOptions {
  const address = parseDatabaseUrl(url);
  return {
    ...address.extra,
    host: address.host,
    port: address.port,
    user: address.user,
    password: address.password,
    ...(database ? { database: address.database } : {}),
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: false,
    connectTimeout: 10_000,
  };
}
