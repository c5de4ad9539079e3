import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryDb } from '../db/registry-db';
import { testApp } from '../test-support/test-app';
import { apiRoutes, routeName } from './api-routes';
import { describeRequest, problemsOf } from './fuzz-checks';
import { fuzzRequest, prepare } from './fuzz-request';
import { createFuzzWorld, type FuzzWorld } from './fuzz-world';
import { WriteGuard } from './write-guard';

// Every endpoint under /api, fuzzed against the real app over a real database: hostile bodies, queries,
// headers and tokens. The promise (SYNC.md): never a 500, every 4xx a JSON {error, message}, 401 only for
// missing or invalid authorization, 403 for role refusals, and no partial writes: the whole database is
// fingerprinted around each request, and a refusal (or a read) may change only what allowed-writes.ts
// lists. FUZZ_RUNS=n runs longer; a failure prints fast-check's seed and path, which
// `fc.assert(..., { seed, path })` replays.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

// The routes come from the app's own table; building the app touches no database.
const routes = apiRoutes(testApp({} as RegistryDb));

let world: FuzzWorld;
let guard: WriteGuard;
beforeAll(async () => {
  world = await createFuzzWorld();
  guard = await WriteGuard.start(world.test.pool);
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
      const checked = { refusal: 0, read: 0 };
      await fc.assert(
        fc.asyncProperty(fuzzRequest(route, world), async (request) => {
          const prepared = await prepare(world, request);
          const before = await guard.before(prepared.madeSession);
          const response = await world.app.request(prepared.url, prepared.init);
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
          const { method, path } = request;
          const { tokenHash, actorId } = prepared;
          const writes = await guard.after(before, {
            method,
            path,
            status: response.status,
            tokenHash,
            actorId,
          });
          if (writes.kind) checked[writes.kind]++;
          if (writes.problems.length) {
            problems.push(`a ${response.status} that wrote: ${writes.problems.join('; ')}`);
          }
          if (problems.length > 0) throw new Error(`${problems.join('; ')}\n  ${describeRequest(request)}`);
        }),
        { numRuns: RUNS },
      );
      expect(await guard.auditProblems(), 'the audit log is append-only').toEqual([]);
      // The write check ran (on /api/docs, which answers anything, only reads).
      expect(checked.refusal + checked.read, 'answers checked for writes').toBeGreaterThan(RUNS / 10);
    });
  }
});
