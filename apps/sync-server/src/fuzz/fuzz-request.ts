import { ROLES, type Role } from '@registry/domain';
import fc from 'fast-check';
import { JSON_BODY_LIMIT_BYTES } from '../http/body-limit';
import { TEST_PASSWORD } from '../test-support/auth-fixtures';
import { type Access, type ApiRoute, accessOf, fillParams, hasBody, roleMayCall } from './api-routes';
import { type AuthKind, type FuzzWorld, INVALID_AUTH } from './fuzz-world';
import {
  contentTypes,
  deepJsonText,
  encodeAny,
  headerValue,
  hostileJson,
  hostileKey,
  hostileString,
  hugeArrayText,
  malformedJsonText,
  pathParam,
  protoPollution,
  queryText,
} from './hostile';

/** One generated request, kept as data so that fast-check can print and shrink it. */
export interface FuzzRequest {
  route: ApiRoute;
  method: string;
  /** The path with its params filled in. */
  path: string;
  /** False when the method or a raw path segment no longer names `route` (then only "no 500" is checked). */
  onRoute: boolean;
  query: string;
  auth: AuthKind;
  /** The Authorization header of `garbage` auth. */
  garbage: string;
  headers: Record<string, string>;
  bodyKind: string;
  body: string | undefined;
}

const ABSENT = Symbol('absent');
type Maybe<T> = T | typeof ABSENT;

/** A field of a body: usually a valid value, sometimes hostile, sometimes left out. */
function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<Maybe<T | unknown>> {
  return fc.oneof(
    { arbitrary: valid, weight: 5 },
    { arbitrary: hostileString, weight: 2 },
    { arbitrary: hostileJson, weight: 1 },
    { arbitrary: fc.constant(ABSENT), weight: 1 },
  );
}

/** An object of `field`s, with now and then an extra (hostile or prototype-polluting) key. */
function shaped(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const withFields = Object.fromEntries(Object.entries(fields).map(([k, arb]) => [k, field(arb)]));
  return fc
    .tuple(
      fc.record(withFields),
      fc.option(fc.dictionary(hostileKey, hostileJson, { minKeys: 1, maxKeys: 2 }), { freq: 4 }),
    )
    .map(([record, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of [...Object.entries(record), ...Object.entries(extra ?? {})]) {
        if (value !== ABSENT) Object.defineProperty(out, key, { value, enumerable: true, writable: true });
      }
      return out;
    });
}

const uuid = fc.uuid().map((id) => id.toLowerCase());

function versionArb(world: FuzzWorld) {
  const userIds = ROLES.map((role) => world.users[role].user.id);
  const seededIds = world.seeded.map((v) => v.versionId);
  const hospitals = fc.oneof(fc.constantFrom(...world.hospitalIds), uuid);
  return shaped({
    versionId: uuid,
    entity: fc.constantFrom('patient', 'patient', 'episode', 'eventLog'),
    entityId: uuid,
    parents: fc.oneof(
      fc.constant([]),
      fc.array(fc.oneof(fc.constantFrom(...seededIds), uuid), { maxLength: 2 }),
    ),
    data: shaped({
      fullName: fc.oneof(fc.constant('Amina Juma'), hostileString),
      registeredHospitalId: hospitals,
      hospitalId: hospitals,
      notes: hostileString,
      birthYear: fc.integer({ min: 1800, max: 2200 }),
    }),
    deleted: fc.boolean(),
    authorId: fc.constantFrom(...userIds),
    deviceId: fc.oneof(
      fc.constant('fuzz-phone'),
      hostileString.filter((s) => s.length >= 1 && s.length <= 64),
    ),
    createdAt: fc.constantFrom(
      new Date().toISOString(),
      '2026-01-01T00:00:00+14:00',
      '2026-01-01T00:00:00.1234567890123456789012345678901234567890Z',
      '9999-12-31T23:59:59.999Z',
      '0001-01-01T00:00:00Z',
    ),
    schema: fc.constantFrom(1, 1, 2, 2147483648, Number.MAX_SAFE_INTEGER),
  });
}

/** A body close to what the route expects, with hostile values in its fields. */
function nearValidBody(route: ApiRoute, world: FuzzWorld): fc.Arbitrary<Record<string, unknown>> {
  const key = `${route.method} ${route.path}`;
  const hospitalIds = fc.array(fc.oneof(fc.constantFrom(...world.hospitalIds), uuid), { maxLength: 3 });
  const usernames = ROLES.map((role) => world.users[role].user.username);
  switch (key) {
    case 'POST /api/auth/login':
      return shaped({
        username: fc.constantFrom(...usernames, 'nobody'),
        password: fc.constantFrom(TEST_PASSWORD, 'wrong password'),
        deviceId: fc.constant('fuzz-phone'),
      });
    case 'POST /api/admin/users':
      return shaped({
        username: fc.integer({ min: 0, max: 1e9 }).map((n) => `fuzz-${n}`),
        fullName: fc.constant('Fuzz User'),
        password: fc.constant('a long enough password'),
        role: fc.constantFrom(...ROLES),
        hospitalIds,
      });
    case 'POST /api/admin/users/:id/password':
      return shaped({ password: fc.constant('another long password') });
    case 'PUT /api/admin/users/:id/role':
      return shaped({ role: fc.constantFrom(...ROLES) });
    case 'PUT /api/admin/users/:id/hospitals':
      return shaped({ hospitalIds });
    case 'POST /api/admin/hospitals':
    case 'PATCH /api/admin/hospitals/:id':
      return shaped({
        name: fc.integer({ min: 0, max: 1e9 }).map((n) => `Fuzz hospital ${n}`),
        address: hostileString,
        region: hostileString,
        zone: fc.constant(null),
      });
    case 'POST /api/sync/push':
      return shaped({
        deviceId: fc.constant('fuzz-phone'),
        versions: fc.array(versionArb(world), { maxLength: 4 }),
      });
    default:
      return fc.dictionary(hostileKey, hostileJson, { maxKeys: 3 });
  }
}

/** A push whose one version has data nested `depth` deep (in text: the value would overflow JSON.stringify). */
function deepPushText(world: FuzzWorld): fc.Arbitrary<string> {
  return fc
    .tuple(uuid, uuid, fc.integer({ min: 1_000, max: 100_000 }))
    .map(([versionId, entityId, depth]) => {
      const version = {
        versionId,
        entity: 'patient',
        entityId,
        parents: [],
        data: { fullName: 'Deep', registeredHospitalId: world.hospitalIds[0], notes: '@@DEEP@@' },
        deleted: false,
        authorId: world.users.surgeon.user.id,
        deviceId: 'fuzz-phone',
        createdAt: new Date().toISOString(),
        schema: 1,
      };
      const text = JSON.stringify({ deviceId: 'fuzz-phone', versions: [version] });
      return text.replace('"@@DEEP@@"', `${'['.repeat(depth)}${']'.repeat(depth)}`);
    });
}

function bodyArb(
  route: ApiRoute,
  world: FuzzWorld,
): fc.Arbitrary<{ bodyKind: string; body: string | undefined }> {
  if (!hasBody(route.method)) return fc.constant({ bodyKind: 'none', body: undefined });
  const kind = (bodyKind: string) => (body: string | undefined) => ({ bodyKind, body });
  const near = nearValidBody(route, world);
  return fc.oneof(
    { arbitrary: near.map((value) => JSON.stringify(value)).map(kind('near-valid')), weight: 6 },
    {
      arbitrary: near
        .map((value) => protoPollution(JSON.stringify(value).slice(1, -1) || '"x": 1'))
        .map(kind('proto')),
      weight: 1,
    },
    { arbitrary: hostileJson.map((value) => JSON.stringify(value)).map(kind('random-json')), weight: 3 },
    { arbitrary: malformedJsonText.map(kind('malformed')), weight: 2 },
    { arbitrary: deepJsonText.map(kind('deep')), weight: 1 },
    { arbitrary: hugeArrayText.map(kind('huge-array')), weight: 1 },
    {
      arbitrary: fc
        .constantFrom(1, 8)
        .map((n) => JSON.stringify({ name: 'x'.repeat(JSON_BODY_LIMIT_BYTES * n) }))
        .map(kind('oversized')),
      weight: 1,
    },
    ...(route.path === '/api/sync/push'
      ? [{ arbitrary: deepPushText(world).map(kind('deep-version')), weight: 2 }]
      : []),
    { arbitrary: fc.constant(undefined).map(kind('none')), weight: 1 },
  );
}

const QUERY_KEYS = [
  'cursor',
  'limit',
  'import',
  'after',
  'hospitalId',
  'from',
  'to',
  'type',
  'includeDeleted',
  'actor',
  'action',
  'outcome',
  '__proto__',
  'constructor',
  'limit[]',
];

function queryArb(world: FuzzWorld): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.constantFrom(
      '',
      '1',
      '0',
      '50',
      '5000',
      '5001',
      'true',
      'surgery',
      'ok',
      'admin.*',
      '2026-01-01',
      'c1',
    ),
    fc.constantFrom(...world.hospitalIds),
    hostileString,
  );
  const pair = fc.tuple(queryText(fc.oneof(fc.constantFrom(...QUERY_KEYS), hostileString)), queryText(value));
  return fc
    .array(pair, { maxLength: 6 })
    .chain((pairs) =>
      fc.boolean().map((repeat) => (repeat && pairs[0] ? [...pairs, pairs[0], pairs[0]] : pairs)),
    )
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
}

const AUTH_KINDS: readonly AuthKind[] = [...INVALID_AUTH, ...ROLES, ...ROLES];

const garbageAuthorization: fc.Arbitrary<string> = fc.oneof(
  headerValue,
  headerValue.map((v) => `Bearer ${v}`),
  fc.base64String({ minLength: 4, maxLength: 40 }).map((v) => `Basic ${v}`),
  fc
    .string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      minLength: 43,
      maxLength: 43,
    })
    .map((v) => `Bearer ${v}`),
  fc.constantFrom('Bearer', 'Bearer ', 'Bearer null', 'Bearer undefined', "Bearer ' OR 1=1 --", 'Token abc'),
);

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every kind of request a client could send to `route`, good and bad. */
export function fuzzRequest(route: ApiRoute, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const params = pathParam(world.victimIds);
  return fc
    .record({
      method: fc.oneof(
        { arbitrary: fc.constant(route.method), weight: 12 },
        fc.constantFrom(...OTHER_METHODS),
      ),
      param: params,
      query: queryArb(world),
      auth: fc.constantFrom(...AUTH_KINDS),
      garbage: garbageAuthorization,
      contentType: contentTypes,
      device: fc.record(
        {
          'X-Device-Id': headerValue,
          'X-App-Version': headerValue,
          'X-Pending-Versions': headerValue,
          'X-Oldest-Pending-At': headerValue,
        },
        { requiredKeys: [] },
      ),
      body: bodyArb(route, world),
    })
    .map(({ method, param, query, auth, garbage, contentType, device, body }): FuzzRequest => {
      const path = fillParams(route.path, () => param);
      const rawSegment = param === '..' || param === '.';
      const headers: Record<string, string> = { ...device };
      if (contentType !== undefined) headers['Content-Type'] = contentType;
      const sendsBody = hasBody(method) && body.body !== undefined;
      return {
        route,
        method,
        path,
        onRoute: method === route.method && !(rawSegment && path !== route.path),
        query,
        auth,
        garbage,
        headers,
        ...(sendsBody ? body : { bodyKind: 'none', body: undefined }),
      };
    });
}

/** Sends the request to the app; the token of a role is a fresh session when the route ends sessions. */
export async function send(world: FuzzWorld, request: FuzzRequest): Promise<Response> {
  const headers = new Headers(request.headers);
  const token = await tokenFor(world, request);
  if (token !== undefined) headers.set('Authorization', token);
  return world.app.request(`${request.path}${request.query}`, {
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

async function tokenFor(world: FuzzWorld, request: FuzzRequest): Promise<string | undefined> {
  switch (request.auth) {
    case 'none':
      return undefined;
    case 'garbage':
      return request.garbage;
    case 'expired':
    case 'deactivated':
    case 'loggedOut':
      return `Bearer ${world.deadTokens[request.auth]}`;
    default: {
      const logout = request.path === '/api/auth/logout';
      return `Bearer ${logout ? await world.freshToken(request.auth) : world.users[request.auth].token}`;
    }
  }
}

/** What is wrong with an answer, in words; empty when it keeps the server's promise. */
export function problemsOf(
  request: FuzzRequest,
  status: number,
  contentType: string,
  text: string,
): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`answered ${status}: ${text.slice(0, 300)}`);
  if (status >= 400) {
    if (!contentType.includes('application/json'))
      problems.push(`a ${status} that is not JSON (${contentType})`);
    const body = parseJson(text);
    if (typeof body?.message !== 'string' || body.message.trim() === '') {
      problems.push(`a ${status} without a message: ${text.slice(0, 200)}`);
    }
    if (typeof body?.error !== 'string' || body.error === '')
      problems.push(`a ${status} without an error code`);
  }
  const access = accessOf(request.route);
  if (!request.onRoute || access === undefined) return problems;
  return [...problems, ...authProblems(request, access, status)];
}

function authProblems(request: FuzzRequest, access: Access, status: number): string[] {
  const bodyTooLarge = status === 413 && (request.body?.length ?? 0) > JSON_BODY_LIMIT_BYTES;
  // Admin requests are size-checked before sign-in, so an oversized one is 413 whoever sends it.
  const sizeFirst = bodyTooLarge && request.path.startsWith('/api/admin/');
  if (access === 'public') {
    if (status === 403) return ['403 from a public endpoint'];
    if (status === 401 && request.route.path !== '/api/auth/login') return ['401 from a public endpoint'];
    return [];
  }
  if (INVALID_AUTH.includes(request.auth)) {
    return status === 401 || sizeFirst ? [] : [`${status} instead of 401 for ${request.auth} authorization`];
  }
  const role = request.auth as Role;
  if (status === 401) return [`401 for a live ${role} session`];
  if (!roleMayCall(access, role)) {
    return status === 403 || sizeFirst ? [] : [`${status} instead of 403 for a ${role} (needs ${access})`];
  }
  if (status === 403 && !importRefused(request, role)) return [`403 for a ${role}, who may call this`];
  return [];
}

/** A push with ?import=1 is admin-only (SYNC.md): the one 403 an otherwise allowed user may get. */
function importRefused(request: FuzzRequest, role: Role): boolean {
  if (request.route.path !== '/api/sync/push' || role === 'admin') return false;
  return new URL(`http://x${request.query}`).searchParams.get('import') === '1';
}

function parseJson(text: string): { message?: unknown; error?: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A short description of a request for failure messages (bodies can be megabytes). */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ''
      : ` body(${request.bodyKind}, ${request.body.length} chars)=${request.body.slice(0, 400)}`;
  return `${request.method} ${request.path}${request.query} auth=${request.auth}${
    request.auth === 'garbage' ? `(${JSON.stringify(request.garbage.slice(0, 80))})` : ''
  } headers=${JSON.stringify(request.headers).slice(0, 400)}${body}`;
}

export { encodeAny };
