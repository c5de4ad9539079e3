import { ROLES } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryDb } from '../db/registry-db';
import { testApp } from '../test-support/test-app';
import {
  ACCESS_RULES,
  type Access,
  type ApiRoute,
  accessOf,
  apiRoutes,
  fillParams,
  hasBody,
  roleMayCall,
  routeName,
} from './api-routes';
import { type AuthKind, createFuzzWorld, type FuzzWorld, INVALID_AUTH } from './fuzz-world';

// Role × endpoint: every /api route, called without a token, with each kind of dead token, and as each
// role. The expectation comes from ACCESS_RULES (api-routes.ts), the one table of who may call what.
// Public: never 401/403. Otherwise: 401 for any missing or dead token (with WWW-Authenticate), then 403
// for a role below the route's, and neither for a role at or above it.

// The app's own routes (building it touches no database), and the one permission that depends on a
// parameter: an admin's import of a device's export file.
const routes: (ApiRoute & { query?: string; access?: Access })[] = [
  ...apiRoutes(testApp({} as RegistryDb)),
  { method: 'POST', path: '/api/sync/push', query: '?import=1', access: 'admin' },
];

const KINDS: readonly AuthKind[] = [...INVALID_AUTH, ...ROLES];

type Outcome = 'allowed' | '401' | '403' | `other ${number}`;

let world: FuzzWorld;
beforeAll(async () => {
  world = await createFuzzWorld();
});
afterAll(async () => {
  await world?.test.drop();
});

/** A body that passes validation where the route takes one, so an allowed call gets past its checks too. */
function bodyFor(route: ApiRoute): unknown {
  const n = Math.floor(Math.random() * 1e9);
  switch (`${route.method} ${route.path}`) {
    case 'POST /api/auth/login':
      return {}; // wrong credentials would be a 401 of the sign-in itself, not of access
    case 'POST /api/admin/users':
      return {
        username: `matrix-${n}`,
        fullName: 'Matrix User',
        password: 'a long enough password',
        role: 'surgeon',
      };
    case 'POST /api/admin/users/:id/password':
      return { password: 'another long password' };
    case 'PUT /api/admin/users/:id/role':
      return { role: 'surgeon' };
    case 'PUT /api/admin/users/:id/hospitals':
      return { hospitalIds: [] };
    case 'POST /api/admin/hospitals':
      return { name: `Matrix hospital ${n}` };
    case 'PATCH /api/admin/hospitals/:id':
      return { region: 'Arusha' };
    case 'POST /api/sync/push':
      return { deviceId: 'matrix', versions: [] };
    default:
      return undefined;
  }
}

function paramFor(route: ApiRoute): string {
  if (route.path.startsWith('/api/docs/')) return 'swagger-initializer.js';
  const [victimUser, , victimHospital] = world.victimIds;
  return (route.path.startsWith('/api/admin/hospitals/') ? victimHospital : victimUser) ?? 'none';
}

async function call(route: ApiRoute & { query?: string }, kind: AuthKind): Promise<Response> {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (kind === 'garbage') headers.set('Authorization', 'Bearer not-a-token-this-server-made');
  else if (kind === 'expired' || kind === 'deactivated' || kind === 'loggedOut') {
    headers.set('Authorization', `Bearer ${world.deadTokens[kind]}`);
  } else if (kind !== 'none') {
    const token = route.path === '/api/auth/logout' ? await world.freshToken(kind) : world.users[kind].token;
    headers.set('Authorization', `Bearer ${token}`);
  }
  const body = bodyFor(route);
  return world.app.request(`${fillParams(route.path, () => paramFor(route))}${route.query ?? ''}`, {
    method: route.method,
    headers,
    ...(hasBody(route.method) && body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

const expectedOutcome = (access: Access, kind: AuthKind): Outcome => {
  if (access === 'public') return 'allowed';
  if (INVALID_AUTH.includes(kind)) return '401';
  return roleMayCall(access, kind as (typeof ROLES)[number]) ? 'allowed' : '403';
};

describe('who may call each endpoint', () => {
  it('every endpoint is classified in ACCESS_RULES', () => {
    const unclassified = routes
      .filter((route) => (route.access ?? accessOf(route)) === undefined)
      .map(routeName);
    expect(unclassified, 'add these to ACCESS_RULES in src/fuzz/api-routes.ts').toEqual([]);
    expect(ACCESS_RULES.length).toBeGreaterThan(0);
  });

  it('answers each role as DOMAIN.md says, and every refusal in words', async () => {
    const actual: Record<string, Record<string, Outcome>> = {};
    const expected: Record<string, Record<string, Outcome>> = {};
    for (const route of routes) {
      const access = route.access ?? accessOf(route);
      if (access === undefined) continue;
      const name = `${routeName(route)}${route.query ?? ''} (${access})`;
      actual[name] = {};
      expected[name] = {};
      for (const kind of KINDS) {
        const response = await call(route, kind);
        const text = await response.text();
        expect(response.status, `${name} as ${kind}: ${text.slice(0, 300)}`).toBeLessThan(500);
        let outcome: Outcome;
        if (response.status === 401 || response.status === 403) {
          outcome = String(response.status) as '401' | '403';
          const body = JSON.parse(text) as { error?: unknown; message?: unknown };
          expect(
            typeof body.message === 'string' && body.message.length > 0,
            `${name} as ${kind}: a message`,
          ).toBe(true);
          if (response.status === 401)
            expect(response.headers.get('WWW-Authenticate'), `${name} as ${kind}`).toBe('Bearer');
        } else {
          outcome = 'allowed';
        }
        actual[name][kind] = outcome;
        expected[name][kind] = expectedOutcome(access, kind);
      }
    }
    expect(actual).toEqual(expected);
  });
});
