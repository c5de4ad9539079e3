import { PUSH_LIMITS } from '@registry/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens';
import type { RegistryDb } from '../db/registry-db';
import { JSON_BODY_LIMIT_BYTES } from '../http/body-limit';
import { MAX_JSON_DEPTH } from '../http/validated';
import { testApp } from '../test-support/test-app';
import { type ApiRoute, accessOf, apiRoutes, hasBody, routeName } from './api-routes';
import { shapeProblems } from './fuzz-checks';
import { createFuzzWorld, type FuzzWorld } from './fuzz-world';
import { bodyLimitOf, jsonOfSize, nestedJson, realPath, validBody } from './route-fixtures';
import { WriteGuard } from './write-guard';

// Inputs past every limit, on every /api endpoint, through the app itself (no HTTP parser in front, so
// nothing but the app's own limits applies): bodies one byte over the documented limits and exactly at
// them, JSON nested one level deeper than allowed and 100 000 deep, a megabyte of query string, header
// values of 256 KB, 2 000 headers. Each answer: never a 5xx, every refusal JSON {error, message}, 413
// for a body over its limit; the database unchanged but for what allowed-writes.ts permits; and the next
// request answered as usual. The same over a real socket: raw-socket.mysql.test.ts.

const routes = apiRoutes(testApp({} as RegistryDb));
const KB = 1024;
const BIG_HEADER = 256 * KB;

let world: FuzzWorld;
let guard: WriteGuard;
beforeAll(async () => {
  world = await createFuzzWorld();
  guard = await WriteGuard.start(world.test.pool);
});
afterAll(async () => {
  await world?.test.drop();
});

/** What a case demands of the status beyond the server's promise; a problem in words, or undefined. */
type Demand = (status: number, message: string) => string | undefined;

const tooLarge =
  (limit: number): Demand =>
  (status, message) =>
    status === 413 && message.includes(`${Math.round(limit / KB)} KB`)
      ? undefined
      : `wanted 413 naming ${Math.round(limit / KB)} KB, got ${status}: ${message}`;
const notTooLarge: Demand = (status, message) =>
  status === 413 ? `413 at the limit itself: ${message}` : undefined;
const refused =
  (wanted: number, words: RegExp): Demand =>
  (status, message) =>
    status === wanted && words.test(message)
      ? undefined
      : `wanted ${wanted} (${words}), got ${status}: ${message}`;

interface Case {
  label: string;
  target: string;
  headers?: Record<string, string>;
  body?: string;
  /** The request carries no live token of its own (the case sets Authorization itself). */
  ownAuthorization?: boolean;
  demand?: Demand;
}

/** Sends one case as the admin (who may call every endpoint); the problems with the answer and writes. */
/** The next request is answered as usual (no connection of the pool left behind, no state broken). */
async function nextRequestProblems(): Promise<string[]> {
  const before = await guard.before();
  const next = await world.app.request('/api/auth/me', { headers: world.users.admin.headers });
  const problems =
    next.status === 200 ? [] : [`the next request was answered ${next.status}: ${await next.text()}`];
  const writes = await guard.after(before, {
    method: 'GET',
    path: '/api/auth/me',
    status: next.status,
    tokenHash: hashToken(world.users.admin.token),
    actorId: world.users.admin.user.id,
  });
  return [...problems, ...writes.problems.map((p) => `the next request wrote: ${p}`)];
}

async function exchange(route: ApiRoute, c: Case): Promise<string[]> {
  const fresh = route.path === '/api/auth/logout'; // a logout ends the session it is sent with
  const token = fresh ? await world.freshToken('admin') : world.users.admin.token;
  const headers = new Headers({ 'Content-Type': 'application/json', ...c.headers });
  if (!c.ownAuthorization) headers.set('Authorization', `Bearer ${token}`);
  const before = await guard.before(fresh);
  const response = await world.app.request(c.target, {
    method: route.method,
    headers,
    ...(c.body === undefined ? {} : { body: c.body }),
  });
  const text = await response.text();
  const problems = shapeProblems(
    route.method,
    response.status,
    response.headers.get('Content-Type') ?? '',
    text,
  );
  const message = (() => {
    try {
      return String((JSON.parse(text) as { message?: unknown }).message ?? '');
    } catch {
      return '';
    }
  })();
  const demanded = c.demand?.(response.status, message);
  if (demanded) problems.push(demanded);
  const writes = await guard.after(before, {
    method: route.method,
    path: c.target.split('?')[0] ?? c.target,
    status: response.status,
    ...(c.ownAuthorization ? {} : { tokenHash: hashToken(token), actorId: world.users.admin.user.id }),
  });
  if (writes.problems.length) problems.push(`a ${response.status} that wrote: ${writes.problems.join('; ')}`);
  return problems.map((p) => `${c.label}: ${p}`);
}

/** Every case for a route: bodies where its method carries one, queries and headers everywhere. */
function casesFor(route: ApiRoute): Case[] {
  const path = realPath(route, world);
  const limit = bodyLimitOf(route);
  const body = validBody(route, world);
  const text = body && JSON.stringify(body);
  const cases: Case[] = [];
  if (hasBody(route.method)) {
    const cap = limit ?? JSON_BODY_LIMIT_BYTES;
    cases.push({
      label: `a body 1 byte over ${Math.round(cap / KB)} KB`,
      target: path,
      body: jsonOfSize(body, cap + 1),
      ...(limit ? { demand: tooLarge(limit) } : {}),
    });
    if (limit) {
      cases.push({
        label: 'a body exactly at the limit',
        target: path,
        body: jsonOfSize(body, limit),
        demand: notTooLarge,
      });
    }
    const deep = nestedJson(MAX_JSON_DEPTH + 1);
    const deepest = nestedJson(100_000);
    cases.push(
      {
        label: `JSON nested ${MAX_JSON_DEPTH + 1} deep`,
        target: path,
        body: deep,
        ...(body ? { demand: refused(400, /levels deep/) } : {}),
      },
      {
        label: 'JSON nested 100 000 deep',
        target: path,
        body: deepest,
        ...(body && limit
          ? { demand: limit < deepest.length ? tooLarge(limit) : refused(400, /levels deep/) }
          : {}),
      },
    );
  }
  if (route.path === '/api/sync/push') {
    const versions = (n: number) => JSON.stringify({ deviceId: 'raw-phone', versions: Array(n).fill({}) });
    cases.push(
      {
        label: `${PUSH_LIMITS.maxVersions + 1} versions`,
        target: path,
        body: versions(PUSH_LIMITS.maxVersions + 1),
        demand: refused(413, new RegExp(`at most ${PUSH_LIMITS.maxVersions} versions`)),
      },
      {
        label: `${PUSH_LIMITS.maxVersions} versions (each invalid)`,
        target: path,
        body: versions(PUSH_LIMITS.maxVersions),
        demand: refused(400, /./),
      },
    );
  }
  const params = Array.from({ length: 20_000 }, (_, i) => `p${i}=${i}`).join('&');
  const withBody = text === undefined ? {} : { body: text };
  const big = 'x'.repeat(BIG_HEADER);
  const many = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`X-Extra-${i}`, `value ${i}`]));
  cases.push(
    { label: '20 000 query parameters', target: `${path}?limit=1&${params}`, ...withBody },
    {
      label: 'a 1 MB query value',
      target: `${path}?limit=${'9'.repeat(KB * KB)}&cursor=${big}`,
      ...withBody,
    },
    {
      label: '256 KB device headers',
      target: path,
      headers: {
        'X-Device-Id': big,
        'X-App-Version': big,
        'X-Pending-Versions': '9'.repeat(BIG_HEADER),
        'X-Oldest-Pending-At': big,
      },
      ...withBody,
    },
    {
      label: 'a 256 KB Content-Type',
      target: path,
      headers: { 'Content-Type': `application/json; ${big}` },
      ...withBody,
    },
    {
      label: 'a 256 KB token',
      target: path,
      headers: { Authorization: `Bearer ${'A'.repeat(BIG_HEADER)}` },
      ownAuthorization: true,
      ...withBody,
      ...(accessOf(route) === 'public' ? {} : { demand: refused(401, /./) }),
    },
    { label: '2 000 headers', target: path, headers: many, ...withBody },
  );
  return cases;
}

describe('every /api endpoint refuses oversized input in words and writes nothing', () => {
  it('finds the endpoints and their limits', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(bodyLimitOf({ method: 'POST', path: '/api/sync/push' })).toBe(PUSH_LIMITS.maxBytes);
  });

  for (const route of routes) {
    it(routeName(route), async () => {
      const problems: string[] = [];
      for (const c of casesFor(route)) problems.push(...(await exchange(route, c)));
      problems.push(...(await nextRequestProblems()));
      problems.push(...(await guard.auditProblems()));
      expect(problems).toEqual([]);
    });
  }
});
