import type { Role } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens';
import type { RegistryDb } from '../db/registry-db';
import { testApp } from '../test-support/test-app';
import { apiRoutes } from './api-routes';
import { shapeProblems } from './fuzz-checks';
import { createFuzzWorld, type FuzzWorld } from './fuzz-world';
import { realPath } from './route-fixtures';
import { WriteGuard } from './write-guard';

// Every /api path with every method it does not serve, and paths under /api that name nothing: the answer
// is a 404 or 405 JSON {error, message} for an admin (who may call everything, so sign-in and roles are
// not the reason); a signed-out caller or a surgeon may be stopped earlier, by a 401 or 403, also in
// words, for paths under areas that need them (/api/admin/, /api/exports/). Nothing is ever written but
// the refusal's audit line.

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const CALLERS = ['admin', 'surgeon', 'none'] as const;
type Caller = (typeof CALLERS)[number];

const routes = apiRoutes(testApp({} as RegistryDb));

/** Paths under /api that name no endpoint: near misses of real ones, and nonsense. */
const UNKNOWN_PATHS = [
  '/api',
  '/api/',
  '/api/nope',
  '/api/sync',
  '/api/sync/',
  '/api/sync/push/',
  '/api/sync/push/extra',
  '/api//sync/push',
  '/api/SYNC/PUSH',
  '/api/sync/pull.json',
  '/api/auth',
  '/api/auth/me/extra',
  '/api/health/',
  '/api/openapi.json/extra',
  '/api/docs/',
  '/api/docs/no-such-file.js',
  '/api/hospitals/extra',
  '/api/admin',
  '/api/admin/',
  '/api/admin/nope',
  '/api/admin/users/some-id/extra/more',
  '/api/admin/hospitals/some-id/delete',
  '/api/exports',
  '/api/exports/nope.csv',
  '/api/%00',
  '/api/%zz',
  '/api/%ED%A0%80',
  `/api/${'x'.repeat(5_000)}`,
];

let world: FuzzWorld;
let guard: WriteGuard;
beforeAll(async () => {
  world = await createFuzzWorld();
  guard = await WriteGuard.start(world.test.pool);
});
afterAll(async () => {
  await world?.test.drop();
});

/** The problems with one request's answer and writes, in words. */
async function probe(method: string, path: string, caller: Caller): Promise<string[]> {
  const user = caller === 'none' ? undefined : world.users[caller as Role];
  const before = await guard.before();
  const response = await world.app.request(path, {
    method,
    headers: user ? { Authorization: `Bearer ${user.token}` } : {},
  });
  const text = await response.text();
  const { status } = response;
  const problems = shapeProblems(method, status, response.headers.get('Content-Type') ?? '', text);
  const allowed = caller === 'admin' ? [404, 405] : [401, 403, 404, 405];
  if (!allowed.includes(status)) problems.push(`answered ${status}, not one of ${allowed.join('/')}`);
  if (method !== 'HEAD' && status === 404 && !text.includes('"error":"not_found"')) {
    problems.push(`a 404 whose code is not not_found: ${text.slice(0, 200)}`);
  }
  const writes = await guard.after(before, {
    method,
    path,
    status,
    ...(user ? { tokenHash: hashToken(user.token), actorId: user.user.id } : {}),
  });
  problems.push(...writes.problems.map((p) => `wrote: ${p}`));
  return problems.map((p) => `${method} ${path.slice(0, 80)} as ${caller}: ${p}`);
}

describe('wrong methods and unknown paths under /api are refused in words', () => {
  it('every endpoint, with each method it does not serve', async () => {
    const served = new Map<string, Set<string>>();
    for (const route of routes) {
      const path = realPath(route, world);
      const methods = served.get(path) ?? new Set<string>();
      methods.add(route.method);
      if (route.method === 'GET') methods.add('HEAD'); // Hono answers HEAD with the GET handler
      served.set(path, methods);
    }
    const problems: string[] = [];
    let sent = 0;
    for (const [path, methods] of served) {
      for (const method of METHODS.filter((m) => !methods.has(m))) {
        for (const caller of CALLERS) {
          problems.push(...(await probe(method, path, caller)));
          sent++;
        }
      }
    }
    problems.push(...(await guard.auditProblems()));
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(routes.length * 3);
  });

  it('every method on paths that name nothing', async () => {
    const problems: string[] = [];
    for (const path of UNKNOWN_PATHS) {
      for (const method of METHODS) {
        for (const caller of CALLERS) problems.push(...(await probe(method, path, caller)));
      }
    }
    problems.push(...(await guard.auditProblems()));
    expect(problems).toEqual([]);
  });
});
