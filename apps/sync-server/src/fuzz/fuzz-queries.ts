import { ROLES } from '@registry/domain';
import fc from 'fast-check';
import type { ApiRoute } from './api-routes';
import { FUZZ_REGION, type FuzzWorld } from './fuzz-world';
import { encodeAny, hostileString, queryText } from './hostile';

// Query strings: each endpoint's own parameters with valid, edge and hostile values, plus unknown keys.

/** The parameters each endpoint reads, so that fuzzed values reach its code and not only the "unknown" check. */
const QUERY_KEYS: Record<string, readonly string[]> = {
  '/api/sync/pull': ['cursor', 'limit'],
  '/api/sync/recent': ['limit'],
  '/api/sync/push': ['import'],
  '/api/admin/audit': ['actor', 'action', 'outcome', 'from', 'to', 'limit', 'cursor'],
  '/api/exports/versions.ndjson': ['after', 'limit', 'hospitalId'],
  '/api/exports/': [
    'hospitalId',
    'region',
    'surgeonId',
    'from',
    'to',
    'type',
    'completeness',
    'conflict',
    'includeDeleted',
  ],
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
    region: fc.constantFrom(FUZZ_REGION, 'pwani', 'PWANI', ' ', '%', '_'),
    surgeonId: fc.constantFrom(
      ...userIds,
      userIds[0]?.toUpperCase() ?? '',
      '00000000-0000-0000-0000-000000000000',
    ),
    type: fc.constantFrom('surgery', 'discharge', 'followUp', 'Surgery'),
    completeness: fc.constantFrom('complete', 'incomplete', 'Complete', 'partial'),
    conflict: fc.constantFrom('only', 'none', 'yes', 'true'),
    includeDeleted: fc.constantFrom('true', 'false', '1'),
  };
}

/**
 * A query string: mostly the endpoint's own parameters with plausible values, plus now and then a
 * hostile one (random key, hostile value, a key repeated, broken escapes); or all random.
 */
export function queryArb(route: ApiRoute, world: FuzzWorld): fc.Arbitrary<string> {
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
