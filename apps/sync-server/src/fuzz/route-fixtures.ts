import { PUSH_LIMITS } from '@registry/domain';
import pino from 'pino';
import { JSON_BODY_LIMIT_BYTES } from '../http/body-limit';
import type { Logger } from '../logger';
import { testDevice } from '../test-support/version-factory';
import { type ApiRoute, fillParams, hasBody } from './api-routes';
import type { FuzzWorld } from './fuzz-world';

// What the size and socket tests send to each endpoint: a real path, a body it accepts, and its limit.

/** The route's path with real ids: a victim user or hospital (never a signed-in user), a docs file. */
export function realPath(route: ApiRoute, world: FuzzWorld): string {
  const [victimUser, , victimHospital] = world.victimIds;
  return fillParams(route.path, () => {
    if (route.path.startsWith('/api/docs/')) return 'swagger-initializer.js';
    return (route.path.startsWith('/api/admin/hospitals/') ? victimHospital : victimUser) ?? 'none';
  });
}

/**
 * A body the route reads and accepts (its JSON validator passes), or undefined when the route reads
 * no body. A sign-in names nobody, so no account gets locked.
 */
export function validBody(route: ApiRoute, world: FuzzWorld): Record<string, unknown> | undefined {
  const n = Math.floor(Math.random() * 1e9);
  switch (`${route.method} ${route.path}`) {
    case 'POST /api/auth/login':
      return { username: `nobody-${n}`, password: 'not the password', deviceId: 'raw-phone' };
    case 'POST /api/admin/users':
      return {
        username: `raw-${n}`,
        fullName: 'Raw User',
        password: 'a long enough password',
        role: 'surgeon',
      };
    case 'POST /api/admin/users/:id/password':
      return { password: 'another long password' };
    case 'PUT /api/admin/users/:id/role':
      return { role: 'coordinator' };
    case 'PUT /api/admin/users/:id/hospitals':
      return { hospitalIds: world.hospitalIds.slice(0, 1) };
    case 'POST /api/admin/hospitals':
      return { name: `Raw hospital ${n}` };
    case 'PATCH /api/admin/hospitals/:id':
      return { region: `Region ${n}` };
    case 'POST /api/sync/push': {
      const device = testDevice({ id: world.users.admin.user.id }, 'raw-phone');
      return { deviceId: 'raw-phone', versions: [device.patient(world.hospitalIds[0] ?? '', 'Raw Patient')] };
    }
    default:
      return undefined;
  }
}

/**
 * The body limit the route enforces with a 413, from the code that sets it: the push's (PUSH_LIMITS),
 * and JSON_BODY_LIMIT_BYTES for sign-in and everything under /api/admin/ (checked before sign-in).
 * Undefined for routes that never read a body, and for GET and HEAD, whose bodies no route reads.
 */
export function bodyLimitOf(route: ApiRoute): number | undefined {
  if (!hasBody(route.method)) return undefined;
  if (route.path === '/api/sync/push') return PUSH_LIMITS.maxBytes;
  if (route.path === '/api/auth/login' || route.path.startsWith('/api/admin/')) return JSON_BODY_LIMIT_BYTES;
  return undefined;
}

/** `value` as JSON of exactly `bytes` bytes, padded with spaces (JSON ignores them). */
export function jsonOfSize(value: unknown, bytes: number): string {
  const text = JSON.stringify(value ?? {});
  if (Buffer.byteLength(text) > bytes) throw new Error(`${text.length} bytes of JSON do not fit in ${bytes}`);
  return `${text}${' '.repeat(bytes - Buffer.byteLength(text))}`;
}

/** Arrays nested `depth` deep: valid JSON that is nothing but depth. */
export const nestedJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A logger that keeps every line in memory, to read what the server said about each request. */
export function capturedLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

/** What the server logged that shows a request it got wrong: an unhandled error, or a 5xx answered. */
export function serverFaults(lines: readonly Record<string, unknown>[]): string[] {
  return lines
    .filter(
      (line) => line.msg === 'Unhandled error' || (typeof line.status === 'number' && line.status >= 500),
    )
    .map((line) => JSON.stringify(line).slice(0, 400));
}
