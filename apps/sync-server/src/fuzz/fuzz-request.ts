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

/** One change that spoils an otherwise valid object: a field made hostile, removed, or one added. */
type Mutation = { kind: 'replace' | 'delete' | 'add'; pick: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'replace', 'delete', 'add'),
  pick: fc.nat(),
  key: hostileKey,
  value: fc.oneof(hostileString, hostileJson),
});

/**
 * An object whose fields are valid (the arbitraries given, which may hold hostile text where text is
 * free), then spoiled by at most two mutations: one bad field at a time gets past the others and reaches
 * the code behind the schema, where all-random objects would be refused at the first field.
 */
function shaped(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fc.record(fields), fc.array(mutation, { maxLength: 2 })).map(([record, mutations]) => {
    const entries: [string, unknown][] = Object.entries(record);
    for (const m of mutations) {
      const at = entries.length ? m.pick % entries.length : 0;
      const target = entries[at];
      if (m.kind === 'add' || !target) entries.push([m.key, m.value]);
      else if (m.kind === 'delete') entries.splice(at, 1);
      else target[1] = m.value;
    }
    const out: Record<string, unknown> = {};
    // defineProperty, so that "__proto__" is an own key (as JSON.parse makes it), not the prototype.
    for (const [key, value] of entries) {
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

const uuid = fc.uuid().map((id) => id.toLowerCase());
const freeText = fc.oneof({ arbitrary: fc.constant('Amina Juma'), weight: 2 }, hostileString);

/** A version close to valid: a new patient, an edit of a seeded record, or an operation on a seeded patient. */
function versionArb(world: FuzzWorld) {
  const userIds = ROLES.map((role) => world.users[role].user.id);
  const seededPatients = world.seeded.filter((v) => v.entity === 'patient');
  const hospital = fc.oneof(fc.constantFrom(...world.hospitalIds), uuid);
  const patientData = shaped({
    fullName: freeText,
    registeredHospitalId: hospital,
    notes: freeText,
    birthYear: fc.integer({ min: 1800, max: 2200 }),
    phones: fc.array(shaped({ number: freeText, comment: freeText }), { maxLength: 3 }),
  });
  const surgeryData = shaped({
    type: fc.constant('surgery'),
    patientId: fc.constantFrom(...seededPatients.map((v) => v.entityId)),
    hospitalId: hospital,
    date: fc.constantFrom('2026-01-10', '2026-02-30', '1899-12-31', '2999-01-01'),
    comments: freeText,
  });
  const envelope = {
    versionId: uuid,
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
    schema: fc.constantFrom(1, 1, 1, 2, 2147483648, Number.MAX_SAFE_INTEGER),
  };
  const parents = (options: string[]) =>
    fc.oneof(
      fc.constant([]),
      fc.array(fc.oneof(fc.constantFrom(...options), uuid), { minLength: 1, maxLength: 2 }),
    );
  const seededIds = world.seeded.map((v) => v.versionId);
  return fc.oneof(
    shaped({
      ...envelope,
      entity: fc.constant('patient'),
      entityId: uuid,
      parents: parents(seededIds),
      data: patientData,
    }),
    fc.constantFrom(...seededPatients).chain((base) =>
      shaped({
        ...envelope,
        entity: fc.constant('patient'),
        entityId: fc.constant(base.entityId),
        parents: fc.constant([base.versionId]),
        data: patientData,
      }),
    ),
    shaped({
      ...envelope,
      entity: fc.constant('episode'),
      entityId: uuid,
      parents: fc.constant([]),
      data: surgeryData,
    }),
  );
}

/** A body close to what the route expects, with hostile values in its fields. */
function nearValidBody(route: ApiRoute, world: FuzzWorld): fc.Arbitrary<Record<string, unknown>> {
  const key = `${route.method} ${route.path}`;
  const hospitalIds = fc.array(fc.oneof(fc.constantFrom(...world.hospitalIds), uuid), { maxLength: 3 });
  const usernames = ROLES.map((role) => world.users[role].user.username);
  switch (key) {
    case 'POST /api/auth/login':
      return shaped({
        username: fc.oneof(fc.constantFrom(...usernames, 'nobody'), hostileString),
        password: fc.oneof(fc.constantFrom(TEST_PASSWORD, 'wrong password'), hostileString),
        deviceId: fc.oneof(fc.constant('fuzz-phone'), hostileString),
      });
    case 'POST /api/admin/users':
      return shaped({
        username: fc.oneof(
          fc.integer({ min: 0, max: 1e9 }).map((n) => `fuzz-${n}`),
          hostileString,
        ),
        fullName: freeText,
        password: fc.oneof(fc.constant('a long enough password'), hostileString),
        role: fc.constantFrom(...ROLES),
        hospitalIds,
      });
    case 'POST /api/admin/users/:id/password':
      return shaped({ password: fc.oneof(fc.constant('another long password'), hostileString) });
    case 'PUT /api/admin/users/:id/role':
      return shaped({ role: fc.constantFrom(...ROLES) });
    case 'PUT /api/admin/users/:id/hospitals':
      return shaped({ hospitalIds });
    case 'POST /api/admin/hospitals':
    case 'PATCH /api/admin/hospitals/:id':
      return shaped({
        name: fc.oneof(
          fc.integer({ min: 0, max: 1e9 }).map((n) => `Fuzz hospital ${n}`),
          hostileString,
        ),
        address: freeText,
        region: freeText,
        zone: fc.oneof(fc.constant(null), freeText),
      });
    case 'POST /api/sync/push':
      return shaped({
        deviceId: fc.oneof(fc.constant('fuzz-phone'), hostileString),
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

/** The parameters each endpoint reads, so that fuzzed values reach its code and not only the "unknown" check. */
const QUERY_KEYS: Record<string, readonly string[]> = {
  '/api/sync/pull': ['cursor', 'limit'],
  '/api/sync/push': ['import'],
  '/api/admin/audit': ['actor', 'action', 'outcome', 'from', 'to', 'limit', 'cursor'],
  '/api/exports/versions.ndjson': ['after', 'limit', 'hospitalId'],
  '/api/exports/': ['hospitalId', 'from', 'to', 'type', 'includeDeleted'],
};
const ANY_KEYS = ['limit', 'import', '__proto__', 'constructor', 'limit[]', 'cursor'];

const DATES = [
  '2026-01-01',
  '2026-13-45',
  '2026-02-30',
  '2024-02-29',
  '0000-01-01',
  '1000-01-01',
  '9999-12-31',
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.123456789+05:30',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01T00:00:00Z',
  '+010000-01-01T00:00:00Z',
];
const NUMBERS = [
  '1',
  '0',
  '-1',
  '1.5',
  '1e3',
  '50',
  '200',
  '201',
  '1000',
  '5000',
  '5001',
  '10000',
  '10001',
  '999999999999999',
  '9999999999999999',
];

/** Values each parameter takes: valid ones and the edges of valid (which get past a pattern). */
function queryValues(world: FuzzWorld): Record<string, fc.Arbitrary<string>> {
  const cursor = fc.oneof(
    fc.constant(''),
    fc.nat({ max: 1e6 }).map((n) => Buffer.from(`c1:${n}:all`).toString('base64url')),
    fc.constantFrom('c1', 'YzE6LTE6YWxs', Buffer.from('c1:9007199254740993:all').toString('base64url')),
  );
  const userIds = ROLES.map((r) => world.users[r].user.id);
  return {
    cursor: fc.oneof(cursor, fc.constantFrom(...NUMBERS)),
    after: cursor,
    limit: fc.constantFrom(...NUMBERS),
    import: fc.constantFrom('1', '0', 'true'),
    actor: fc.constantFrom(...userIds, ...ROLES.map((r) => world.users[r].user.username), 'é', '😀'),
    action: fc.constantFrom('admin.*', 'sync.push', 'auth.login', '*', '%', '_*', '\\*'),
    outcome: fc.constantFrom('ok', 'failed', 'denied', 'error', 'OK'),
    from: fc.constantFrom(...DATES),
    to: fc.constantFrom(...DATES),
    hospitalId: fc.constantFrom(...world.hospitalIds, '00000000-0000-0000-0000-000000000000'),
    type: fc.constantFrom('surgery', 'discharge', 'followUp', 'Surgery'),
    includeDeleted: fc.constantFrom('true', 'false', '1'),
  };
}

/**
 * A query string: mostly the endpoint's own parameters with plausible values, plus now and then a
 * hostile one (random key, hostile value, a key repeated, broken escapes); or all random.
 */
function queryArb(route: ApiRoute, world: FuzzWorld): fc.Arbitrary<string> {
  const ownKeys = Object.entries(QUERY_KEYS).find(([prefix]) => route.path.startsWith(prefix))?.[1] ?? [];
  const pools = queryValues(world);
  const hostilePair = fc.tuple(
    queryText(fc.oneof(fc.constantFrom(...ownKeys, ...ANY_KEYS), hostileString)),
    queryText(fc.oneof(fc.constantFrom(...NUMBERS, ...DATES), hostileString)),
  );
  const plausible = fc
    .subarray([...ownKeys], { maxLength: Math.min(3, ownKeys.length) })
    .chain((keys) =>
      fc.tuple(
        ...keys.map((key) => (pools[key] ?? hostileString).map((value) => [key, encodeAny(value)] as const)),
      ),
    );
  const pairs = fc.oneof(
    { arbitrary: plausible.map((list): (readonly [string, string])[] => [...list]), weight: 3 },
    {
      arbitrary: fc
        .tuple(plausible, fc.array(hostilePair, { minLength: 1, maxLength: 2 }))
        .map(([a, b]) => [...a, ...b]),
      weight: 2,
    },
    { arbitrary: fc.array(hostilePair, { maxLength: 5 }), weight: 1 },
  );
  return fc
    .tuple(pairs, fc.nat(9))
    .map(([list, repeat]) => (repeat === 0 && list[0] ? [...list, list[0], list[0]] : list))
    .map((list) => (list.length ? `?${list.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
}

/**
 * Mostly a live session that may call the route (the code behind the checks is where bugs hide), but
 * every dead kind of token and every refused role too.
 */
function authArb(route: ApiRoute): fc.Arbitrary<AuthKind> {
  const access = accessOf(route);
  const allowed = ROLES.filter((role) => access === undefined || roleMayCall(access, role));
  const refused = ROLES.filter((role) => !allowed.includes(role));
  return fc.oneof(
    { arbitrary: fc.constantFrom(...allowed), weight: 6 },
    ...(refused.length ? [{ arbitrary: fc.constantFrom(...refused), weight: 2 }] : []),
    { arbitrary: fc.constantFrom(...INVALID_AUTH), weight: 2 },
  );
}

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

const OTHER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every kind of request a client could send to `route`, good and bad. */
export function fuzzRequest(route: ApiRoute, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const params = pathParam(world.victimIds);
  return fc
    .record({
      method: fc.oneof(
        { arbitrary: fc.constant(route.method), weight: 20 },
        fc.constantFrom(...OTHER_METHODS),
      ),
      param: params,
      query: queryArb(route, world),
      auth: authArb(route),
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
      const request: FuzzRequest = {
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
      // fast-check prints a counterexample with this: bodies can be half a megabyte.
      Object.defineProperty(request, fc.toStringMethod, { value: () => describeRequest(request) });
      return request;
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
  if (
    status < 400 &&
    contentType.includes('application/json') &&
    request.method !== 'HEAD' &&
    !parses(text)
  ) {
    problems.push(`a ${status} whose JSON does not parse: ${text.slice(0, 200)}`);
  }
  if (status >= 400 && request.method !== 'HEAD') {
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

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
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
