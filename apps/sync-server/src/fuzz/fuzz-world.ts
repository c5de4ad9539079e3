import { users as usersTable } from '@registry/db-schema';
import type { Role, Version } from '@registry/domain';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { authOptions } from '../auth/auth-options';
import { createSession, deleteSession } from '../auth/sessions-repo';
import { hashToken } from '../auth/tokens';
import { type SignedInUser, signedInUser, testHospital } from '../test-support/auth-fixtures';
import { testApp } from '../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { testDevice } from '../test-support/version-factory';
import { HOSTILE_STRINGS } from './hostile';

export type FuzzApp = ReturnType<typeof testApp>;

/** How a request authenticates: not at all, with a token that cannot work, or as a live user of a role. */
export type AuthKind = 'none' | 'garbage' | 'expired' | 'deactivated' | 'loggedOut' | Role;

export const INVALID_AUTH: readonly AuthKind[] = ['none', 'garbage', 'expired', 'deactivated', 'loggedOut'];

/**
 * One database with everything a fuzzed request can name: a live user of each role, tokens that must be
 * refused (expired, deactivated user, logged out), hospitals, users an admin request may change (the
 * "victims", never the signed-in users, so a fuzzed admin call cannot lock the fuzzer out), and records
 * with hostile text so that pulls and exports have something awkward to write.
 */
export interface FuzzWorld {
  test: TestDatabase;
  app: FuzzApp;
  hospitalIds: string[];
  users: Record<Role, SignedInUser>;
  /** Tokens that look right but must be answered 401. */
  deadTokens: { expired: string; deactivated: string; loggedOut: string };
  /** Real ids for path parameters: users and hospitals an admin may change. */
  victimIds: string[];
  seeded: Version[];
  /** A token of a fresh session of the role's user (for logout, which ends the session it is sent with). */
  freshToken(role: Role): Promise<string>;
}

/** The region of the world's first hospital: text that reads backwards on a screen. */
export const FUZZ_REGION = '\u202eRTL region';

export async function createFuzzWorld(): Promise<FuzzWorld> {
  const test = await createTestDatabase();
  const { db } = test;
  const app = testApp(db);
  const [a, b, victimA, victimB] = await Promise.all([
    testHospital(db, { name: 'Fuzz A', region: FUZZ_REGION }),
    testHospital(db, { name: "Fuzz B'; DROP TABLE hospitals; --" }),
    testHospital(db),
    testHospital(db),
  ]);
  const users: Record<Role, SignedInUser> = {
    surgeon: await signedInUser(db, { role: 'surgeon', hospitalIds: [a.id] }),
    coordinator: await signedInUser(db, { role: 'coordinator' }),
    admin: await signedInUser(db, { role: 'admin' }),
  };
  const victims = await Promise.all([
    signedInUser(db, { role: 'surgeon', hospitalIds: [victimA.id] }),
    signedInUser(db, { role: 'coordinator' }),
  ]);
  const expired = await signedInUser(db, { role: 'admin', now: new Date('2001-01-01T00:00:00Z') });
  const deactivated = await signedInUser(db, { role: 'admin' });
  // Straight in the table: setUserActive would also end the session, and the live session of an
  // inactive user is the case to prove.
  await db.update(usersTable).set({ active: false }).where(eq(usersTable.id, deactivated.user.id));
  const loggedOut = await signedInUser(db, { role: 'admin' });
  await deleteSession(db, hashToken(loggedOut.token));

  const seeded = await seedHostileRecords(app, users, a.id, b.id);
  return {
    test,
    app,
    hospitalIds: [a.id, b.id],
    users,
    deadTokens: { expired: expired.token, deactivated: deactivated.token, loggedOut: loggedOut.token },
    victimIds: [...victims.map((v) => v.user.id), victimA.id, victimB.id],
    seeded,
    async freshToken(role) {
      const { token } = await createSession(db, {
        userId: users[role].user.id,
        now: new Date(),
        lifetimeMs: authOptions().sessionLifetimeMs,
      });
      return token;
    },
  };
}

/** Patients and operations whose every text field is hostile, pushed through the API. */
async function seedHostileRecords(
  app: FuzzApp,
  users: Record<Role, SignedInUser>,
  hospitalA: string,
  hospitalB: string,
): Promise<Version[]> {
  const device = testDevice({ id: users.coordinator.user.id }, 'fuzz-seed');
  const texts = HOSTILE_STRINGS.filter((s) => s.trim() !== '' && s.length <= 200);
  const versions: Version[] = [];
  texts.forEach((text, i) => {
    const patient = device.patient(i % 2 ? hospitalA : hospitalB, text, {
      address: text,
      notes: text,
      phones: [{ number: text.slice(0, 40), comment: text.slice(0, 100) }],
    });
    versions.push(
      patient,
      device.surgery(patient, i % 2 ? hospitalA : hospitalB, '2026-01-10', { comments: text }),
    );
  });
  const response = await app.request('/api/sync/push', {
    method: 'POST',
    headers: users.coordinator.headers,
    body: JSON.stringify({ deviceId: 'fuzz-seed', versions }),
  });
  const body = (await response.json()) as { accepted?: string[]; rejected?: unknown[] };
  expect(response.status, JSON.stringify(body).slice(0, 2000)).toBe(200);
  const accepted = new Set(body.accepted);
  return versions.filter((v) => accepted.has(v.versionId));
}
