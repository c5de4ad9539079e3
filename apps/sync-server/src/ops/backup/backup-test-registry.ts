import {
  editVersion,
  type PulledVersion,
  type PullResponse,
  type PushResponse,
  recordState,
  resolveConflictVersion,
  type SessionUser,
  softDeleteVersion,
  type Version,
} from '@registry/domain';
import type { RegistryDb } from '../../db/registry-db';
import { signedInUser, TEST_PASSWORD } from '../../test-support/auth-fixtures';
import { jsonOf } from '../../test-support/response-json';
import { testApp } from '../../test-support/test-app';
import { testDevice } from '../../test-support/version-factory';

type App = ReturnType<typeof testApp>;

/** A user signed in through the API on a device of their own. */
export interface Person {
  user: SessionUser;
  headers: { Authorization: string; 'Content-Type': string };
  deviceId: string;
  device: ReturnType<typeof testDevice>;
}

/** Names that a dump has to escape: quotes, backslashes, a newline, letters beyond ASCII. */
const AWKWARD_NAMES = [
  "Ng'wana O'Neill",
  'Back\\slash "Mzee"',
  'Line\nbreak',
  'Zuhura Ñandú 🙂',
  'Tab\there',
];

export interface TestRegistry {
  app: App;
  hospitals: { north: string; south: string };
  surgeon: Person;
  partner: Person;
  coordinator: Person;
  /** Every version pushed so far, by anyone. */
  pushed: Version[];
  /** Pushes versions as `person` in batches, through the API; throws if any is refused. */
  push(person: Person, versions: readonly Version[], app?: App): Promise<void>;
  /** `count` new patients at the person's first hospital, with an operation for every third. */
  newPatients(person: Person, count: number, hospitalId?: string): Version[];
}

/**
 * A registry filled through the real API, as people use it: an admin adds hospitals and users, who
 * sign in (one after a wrong password) on their devices and push patients and operations, edits,
 * deletions and edits of the same records by two people (conflicts), some of which a coordinator
 * resolves; everyone pulls. Every table then has rows, with values a dump must escape.
 */
export async function fillTestRegistry(db: RegistryDb, options: { patients: number }): Promise<TestRegistry> {
  const app = testApp(db);
  const admin = await signedInUser(db, { role: 'admin', username: 'backup-admin' });
  const call = async (path: string, body: unknown, headers: Record<string, string> = admin.headers) => {
    const response = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = await jsonOf(response);
    if (response.status >= 300)
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const north = (
    await call('/api/admin/hospitals', { name: 'Hospitali ya Kaskazini', region: "Kilimanjaro 'Moshi'" })
  ).hospital.id as string;
  const south = (
    await call('/api/admin/hospitals', {
      name: 'Hospitali ya Kusini',
      zone: 'Southern \\ Highlands',
      // Characters a dump writes as escapes: a newline, a tab, a carriage return, a NUL, Ctrl-Z.
      address: 'P.O. Box 12\nMbeya\tTanzania\r\u0000\u001a',
    })
  ).hospital.id as string;

  const person = async (username: string, role: string, hospitalIds: string[]): Promise<Person> => {
    await call('/api/admin/users', {
      username,
      fullName: `Dr ${username}`,
      password: TEST_PASSWORD,
      role,
      hospitalIds,
    });
    const deviceId = `${username}-phone`;
    const login = await call('/api/auth/login', { username, password: TEST_PASSWORD, deviceId }, {});
    const user = login.user as SessionUser;
    return {
      user,
      headers: { Authorization: `Bearer ${login.token}`, 'Content-Type': 'application/json' },
      deviceId,
      device: testDevice(user, deviceId),
    };
  };
  const surgeon = await person('amina', 'surgeon', [north]);
  const partner = await person('baraka', 'surgeon', [north, south]);
  const coordinator = await person('coordinator', 'coordinator', []);
  // A failed sign-in: an audit line and a count on the user.
  await app.request('/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username: 'amina', password: 'not the password' }),
  });

  const pushed: Version[] = [];
  const push = async (who: Person, versions: readonly Version[], target = app) => {
    for (let start = 0; start < versions.length; start += 250) {
      const batch = versions.slice(start, start + 250);
      const response = await target.request('/api/sync/push', {
        method: 'POST',
        headers: who.headers,
        body: JSON.stringify({ deviceId: who.deviceId, versions: batch }),
      });
      const result = (await jsonOf(response)) as PushResponse;
      if (response.status !== 200 || result.rejected.length > 0) {
        throw new Error(`push answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
      }
      pushed.push(...batch);
    }
  };
  let made = 0;
  const newPatients = (who: Person, count: number, hospitalId = who.user.hospitalIds[0] ?? north) => {
    const versions: Version[] = [];
    for (let i = 0; i < count; i += 1) {
      made += 1;
      const name = `${AWKWARD_NAMES[made % AWKWARD_NAMES.length]} ${made}`;
      const patient = who.device.patient(hospitalId, name, { notes: `Registered as number ${made}.` });
      versions.push(patient);
      if (made % 3 === 0) versions.push(who.device.surgery(patient, hospitalId, '2026-01-10'));
    }
    return versions;
  };

  const first = newPatients(surgeon, options.patients);
  await push(surgeon, first);
  const patients = first.filter((v) => v.entity === 'patient');
  const edits = patients
    .slice(0, 60)
    .map((p) => editVersion(surgeon.device.ctx, p, { ...p.data, notes: 'seen again' }));
  await push(surgeon, edits);
  // The partner edits what they saw before the surgeon's edit: both edits are heads, a conflict.
  const rival = patients
    .slice(0, 20)
    .map((p) => editVersion(partner.device.ctx, p, { ...p.data, notes: 'seen by the partner' }));
  await push(partner, rival);
  const resolutions = patients.slice(0, 10).map((p, i) => {
    const state = recordState([p, edits[i] as Version, rival[i] as Version]);
    if (!state) throw new Error('no state');
    return resolveConflictVersion(coordinator.device.ctx, state, { ...p.data, notes: 'agreed' });
  });
  await push(coordinator, resolutions);
  const deletions = patients.slice(100, 110).map((p) => softDeleteVersion(surgeon.device.ctx, p));
  await push(surgeon, deletions);
  await push(partner, newPatients(partner, 40, south));
  // Pulls record each device's contact (the devices table).
  for (const who of [surgeon, partner, coordinator]) await pullAll(app, who);
  return { app, hospitals: { north, south }, surgeon, partner, coordinator, pushed, push, newPatients };
}

/** Pulls everything after `cursor` through the API, page by page. */
export async function pullAll(
  app: App,
  who: Person,
  cursor = '',
  limit = 1000,
): Promise<{ versions: PulledVersion[]; cursor: string; restored: boolean }> {
  const versions: PulledVersion[] = [];
  let restored = false;
  for (;;) {
    const response = await app.request(`/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=${limit}`, {
      headers: { ...who.headers, 'X-Device-Id': who.deviceId },
    });
    if (response.status !== 200) throw new Error(`pull answered ${response.status}`);
    const page = (await jsonOf(response)) as PullResponse;
    versions.push(...page.versions);
    restored ||= page.restored === true;
    cursor = page.cursor;
    if (!page.more) return { versions, cursor, restored };
  }
}
