import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address the request came from, for the audit log: the socket's peer. X-Forwarded-For is not
 * read, because any client can write it; behind a proxy this is the proxy's address.
 * Undefined when there is no socket (requests made in tests with app.request).
 */
export function clientIp(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
