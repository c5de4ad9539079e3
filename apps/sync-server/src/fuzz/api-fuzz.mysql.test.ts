import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryDb } from '../db/registry-db';
import { testApp } from '../test-support/test-app';
import { apiRoutes, routeName } from './api-routes';
import { describeRequest, problemsOf } from './fuzz-checks';
import { fuzzRequest, send } from './fuzz-request';
import { createFuzzWorld, type FuzzWorld } from './fuzz-world';

// Every endpoint under /api, fuzzed against the real app over a real database: hostile bodies, queries,
// headers and tokens. The promise (SYNC.md): never a 500, every 4xx a JSON {error, message}, 401 only for
// missing or invalid authorization, 403 for role refusals. FUZZ_RUNS=n runs longer; a failure prints
// fast-check's seed and path, which `fc.assert(..., { seed, path })` replays.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

// The routes come from the app's own table; building the app touches no database.
const routes = apiRoutes(testApp({} as RegistryDb));

let world: FuzzWorld;
beforeAll(async () => {
  world = await createFuzzWorld();
});
afterAll(async () => {
  await world?.test.drop();
});

describe('every /api endpoint survives hostile requests', () => {
  it('finds the endpoints in the app', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.map(routeName)).toContain('POST /api/sync/push');
  });

  for (const route of routes) {
    it(routeName(route), async () => {
      await fc.assert(
        fc.asyncProperty(fuzzRequest(route, world), async (request) => {
          const response = await send(world, request);
          let text: string;
          try {
            text = await response.text();
          } catch (error) {
            throw new Error(
              `the ${response.status} body broke off (${String(error)}): ${describeRequest(request)}`,
            );
          }
          const problems = problemsOf(
            request,
            response.status,
            response.headers.get('Content-Type') ?? '',
            text,
          );
          if (problems.length > 0) throw new Error(`${problems.join('; ')}\n  ${describeRequest(request)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
