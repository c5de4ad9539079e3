import { ROLES } from '@registry/domain';
import fc from 'fast-check';
import { JSON_BODY_LIMIT_BYTES } from '../http/body-limit';
import { TEST_PASSWORD } from '../test-support/auth-fixtures';
import { type ApiRoute, hasBody } from './api-routes';
import type { FuzzWorld } from './fuzz-world';
import {
  deepJsonText,
  hostileJson,
  hostileKey,
  hostileString,
  hugeArrayText,
  malformedJsonText,
  protoPollution,
} from './hostile';

// Request bodies: near-valid objects with one field spoiled, hostile JSON, and bodies too big or too deep.

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

export function bodyArb(
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
