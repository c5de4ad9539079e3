import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { hashToken } from '../auth/tokens';
import type { RegistryDb } from '../db/registry-db';
import { JSON_BODY_LIMIT_BYTES } from '../http/body-limit';
import { listenHttp } from '../serve/listen-http';
import { testAuthOptions } from '../test-support/auth-fixtures';
import { testApp } from '../test-support/test-app';
import { unusedPort } from '../test-support/unused-port';
import { exchangeKind } from './allowed-writes';
import { type ApiRoute, apiRoutes, routeName } from './api-routes';
import { shapeProblems } from './fuzz-checks';
import { createFuzzWorld, type FuzzWorld } from './fuzz-world';
import { type RawAnswer, type RawPlan, rawExchange, requestHead } from './raw-http';
import { bodyLimitOf, capturedLogger, jsonOfSize, realPath, serverFaults, validBody } from './route-fixtures';
import { WriteGuard } from './write-guard';

// Every /api endpoint, over a real socket to the server as production listens (listenHttp), with what
// only a hand-written request can do: bodies over the limits with and without Content-Length, a query
// string, a header and a header count past Node's 16 KB, a Content-Length that promises more than is
// sent (then the client half-closes, or hangs up), a body sent slowly, a chunked body cut off. Each
// answer: never a 5xx, every refusal JSON {error, message} (413 for a size), or a closed connection
// for a body that never arrived; a body-reading endpoint never acts on a body cut short; the server
// logs no unhandled error; nothing is written but what allowed-writes.ts permits; and the next request
// is answered as usual.

const routes = apiRoutes(testApp({} as RegistryDb));
const KB = 1024;

let world: FuzzWorld;
let guard: WriteGuard;
let server: Server;
let port: number;
const log = capturedLogger();
/** Requests the app is still handling: writes are compared only once it has finished with them all. */
let inFlight = 0;

beforeAll(async () => {
  world = await createFuzzWorld();
  guard = await WriteGuard.start(world.test.pool);
  const app = createApp({
    db: world.test.db,
    logger: log.logger,
    version: 'test',
    webDist: '',
    auth: testAuthOptions(),
  });
  port = await unusedPort();
  await new Promise<void>((listening) => {
    server = listenHttp(
      async (request, env) => {
        inFlight++;
        try {
          return await app.fetch(request, env);
        } finally {
          inFlight--;
        }
      },
      { port, hostname: '127.0.0.1' },
      () => listening(),
    );
  });
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((closed) => server?.close(closed));
  await world?.test.drop();
});

async function settled(): Promise<void> {
  for (let waited = 0; inFlight > 0; waited += 5) {
    if (waited > 10_000) throw new Error(`${inFlight} request(s) still in the app after 10 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

interface Case {
  label: string;
  plan: (head: (headers?: Record<string, string | number>, query?: string) => string) => RawPlan;
  /** The status wanted (with the message matching), beyond the server's promise. */
  wants?: { status: number; words?: RegExp };
  /** The body never fully arrives: a body-reading endpoint must not act on it. */
  cut?: boolean;
}

/** Whether the route parses a JSON body (then a body cut short must never be acted on). */
const readsBody = (route: ApiRoute) => validBody(route, world) !== undefined;

function casesFor(route: ApiRoute): Case[] {
  const limit = bodyLimitOf(route);
  const body = JSON.stringify(validBody(route, world) ?? {});
  const over = jsonOfSize(validBody(route, world), (limit ?? JSON_BODY_LIMIT_BYTES) + 1);
  const tooLarge = limit ? { wants: { status: 413, words: new RegExp(`${Math.round(limit / KB)} KB`) } } : {};
  const headerLimit = { wants: { status: 431, words: /KB/ } };
  const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
  const cases: Case[] = [
    {
      label: `a body 1 byte over ${Math.round((limit ?? JSON_BODY_LIMIT_BYTES) / KB)} KB`,
      plan: (head) => ({ pieces: [head({ 'Content-Length': Buffer.byteLength(over) }), over] }),
      ...tooLarge,
    },
    {
      label: 'a 20 KB query string',
      plan: (head) => ({ pieces: [head({}, `?limit=1&q=${'x'.repeat(20 * KB)}`)] }),
      ...headerLimit,
    },
    {
      label: 'a 20 KB header',
      plan: (head) => ({ pieces: [head({ 'X-Device-Id': 'x'.repeat(20 * KB) })] }),
      ...headerLimit,
    },
    {
      label: '3 000 headers',
      plan: (head) => ({
        pieces: [head(Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`X-Extra-${i}`, i])))],
      }),
      ...headerLimit,
    },
    {
      label: '800 headers, within the size limit',
      plan: (head) => ({
        pieces: [head(Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`X${i}`, i])))],
      }),
    },
    {
      label: 'a body sent slowly, in four pieces',
      plan: (head) => {
        const size = Buffer.byteLength(body);
        const quarter = Math.ceil(body.length / 4);
        const pieces = [0, 1, 2, 3].map((i) => body.slice(i * quarter, (i + 1) * quarter));
        return { pieces: [head({ 'Content-Length': size }), ...pieces], gapMs: 25 };
      },
    },
    {
      label: 'a Content-Length 1 000 bytes longer than the body, then the end of the stream',
      plan: (head) => ({
        pieces: [head({ 'Content-Length': Buffer.byteLength(body) + 1_000 }), body],
        finish: 'end',
      }),
      cut: true,
    },
    {
      label: 'a Content-Length 1 000 bytes longer than the body, then a hang-up',
      plan: (head) => ({
        pieces: [head({ 'Content-Length': Buffer.byteLength(body) + 1_000 }), body, ''],
        gapMs: 50,
        finish: 'destroy',
      }),
      cut: true,
    },
    {
      label: 'a chunked body cut off inside a chunk',
      plan: (head) => ({
        pieces: [head({ 'Transfer-Encoding': 'chunked' }), `${(body.length + 500).toString(16)}\r\n${body}`],
        finish: 'end',
      }),
      cut: true,
    },
  ];
  if (limit) {
    cases.push({
      label: `a chunked body (no Content-Length) 1 byte over ${Math.round(limit / KB)} KB`,
      plan: (head) => {
        const pieces = [head({ 'Transfer-Encoding': 'chunked' })];
        for (let at = 0; at < over.length; at += 256 * KB) pieces.push(chunk(over.slice(at, at + 256 * KB)));
        return { pieces: [...pieces, '0\r\n\r\n'] };
      },
      ...tooLarge,
    });
  }
  return cases;
}

/** Sends one case as the admin; the problems with the answer, the log and the writes, in words. */
async function exchange(route: ApiRoute, c: Case): Promise<string[]> {
  const fresh = route.path === '/api/auth/logout'; // a logout ends the session it is sent with
  const token = fresh ? await world.freshToken('admin') : world.users.admin.token;
  const path = realPath(route, world);
  const head = (headers: Record<string, string | number> = {}, query = '') =>
    requestHead(route.method, `${path}${query}`, {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      ...headers,
    });
  // The snapshot before is taken fresh: the last case's next request may have moved a last-seen time.
  const before = await guard.before(true);
  const logFrom = log.lines.length;
  const answer = await rawExchange(port, { waitMs: 15_000, ...c.plan(head) });
  await settled();
  const problems = answerProblems(route, c, answer);
  problems.push(...serverFaults(log.lines.slice(logFrom)).map((line) => `the server logged ${line}`));
  const kind =
    answer.status !== undefined
      ? exchangeKind(route.method, answer.status)
      : c.cut && readsBody(route)
        ? 'refusal'
        : exchangeKind(route.method, 200);
  const writes = await guard.after(before, {
    method: route.method,
    path,
    status: answer.status ?? 0,
    ...(kind ? { kind } : {}),
    tokenHash: hashToken(token),
    actorId: world.users.admin.user.id,
  });
  if (writes.problems.length) problems.push(`it wrote: ${writes.problems.join('; ')}`);
  problems.push(...(await nextRequestProblems()));
  return problems.map((p) => `${c.label}: ${p}`);
}

function answerProblems(route: ApiRoute, c: Case, answer: RawAnswer): string[] {
  if (answer.status === undefined) {
    // Only a body that never arrived may go unanswered (the connection closes or the client gives up).
    return c.cut ? [] : [`no answer (${answer.ending}): ${answer.body.slice(0, 200)}`];
  }
  const problems = shapeProblems(
    route.method,
    answer.status,
    answer.headers['content-type'] ?? '',
    answer.body,
  );
  if (c.wants) {
    const message = (() => {
      try {
        return String((JSON.parse(answer.body) as { message?: unknown }).message ?? '');
      } catch {
        return '';
      }
    })();
    if (answer.status !== c.wants.status || !(c.wants.words ?? /./).test(message)) {
      problems.push(
        `wanted ${c.wants.status} (${c.wants.words ?? 'any message'}), got ${answer.status}: ${answer.body.slice(0, 200)}`,
      );
    }
  }
  if (c.cut && readsBody(route) && answer.status < 400) {
    problems.push(`a body cut short was acted on: ${answer.status} ${answer.body.slice(0, 200)}`);
  }
  return problems;
}

/** The next request, on a new connection, is answered as usual. */
async function nextRequestProblems(): Promise<string[]> {
  const next = await rawExchange(port, {
    pieces: [requestHead('GET', '/api/auth/me', { Authorization: `Bearer ${world.users.admin.token}` })],
  });
  await settled();
  const user = (() => {
    try {
      return (JSON.parse(next.body) as { id?: unknown }).id;
    } catch {
      return undefined;
    }
  })();
  return next.status === 200 && user === world.users.admin.user.id
    ? []
    : [
        `the next request was answered ${next.status ?? `not at all (${next.ending})`}: ${next.body.slice(0, 200)}`,
      ];
}

describe('every /api endpoint, over a real socket, survives what only a raw client sends', () => {
  it('finds the endpoints', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  for (const route of routes) {
    it(routeName(route), async () => {
      const problems: string[] = [];
      for (const c of casesFor(route)) problems.push(...(await exchange(route, c)));
      problems.push(...(await guard.auditProblems()));
      expect(problems).toEqual([]);
    });
  }
});
