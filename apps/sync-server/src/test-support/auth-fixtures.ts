import { randomBytes } from 'node:crypto';
import type { Hospital, Role, SessionUser } from '@registry/domain';
import { createHospital } from '../admin/hospitals-repo';
import { type AuthOptions, authOptions } from '../auth/auth-options';
import type { PasswordParams } from '../auth/passwords';
import { createSession } from '../auth/sessions-repo';
import { createUser } from '../auth/users-repo';
import type { RegistryDb } from '../db/registry-db';

/** argon2id at its cheapest (1 MiB, 1 pass): a hash in ~2 ms instead of ~200. Tests only. */
export const TEST_PASSWORD_PARAMS: PasswordParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** The password of every fixture user unless a test chooses another. */
export const TEST_PASSWORD = 'correct horse battery';

/** Sign-in settings for test apps: cheap hashing, and whatever else the test passes (e.g. a clock). */
export function testAuthOptions(overrides: Partial<AuthOptions> = {}): AuthOptions {
  return authOptions({ passwordParams: TEST_PASSWORD_PARAMS, ...overrides });
}

export interface SignedInUser {
  user: SessionUser;
  /** The bearer token of a live session. */
  token: string;
  /** Ready for app.request(path, { headers }): Authorization and a JSON content type. */
  headers: { Authorization: string; 'Content-Type': string };
}

export interface SignedInUserOptions {
  role?: Role;
  hospitalIds?: string[];
  /** A unique random name by default. */
  username?: string;
  fullName?: string;
  password?: string;
  deviceId?: string;
  /** When the session starts (default: now); it lasts the default 30 days. */
  now?: Date;
}

/**
 * A user with a role and hospitals, already signed in (the session is written directly: no HTTP, no
 * slow hashing). For any test that needs an authenticated request.
 */
export async function signedInUser(db: RegistryDb, options: SignedInUserOptions = {}): Promise<SignedInUser> {
  const role = options.role ?? 'surgeon';
  const username = options.username ?? `${role}-${randomBytes(4).toString('hex')}`;
  const stored = await createUser(
    db,
    {
      username,
      fullName: options.fullName ?? `Test ${username}`,
      password: options.password ?? TEST_PASSWORD,
      role,
      hospitalIds: options.hospitalIds ?? [],
    },
    { passwordParams: TEST_PASSWORD_PARAMS },
  );
  const { token } = await createSession(db, {
    userId: stored.id,
    deviceId: options.deviceId,
    now: options.now ?? new Date(),
    lifetimeMs: authOptions().sessionLifetimeMs,
  });
  const { id, fullName, hospitalIds } = stored;
  return {
    user: { id, username: stored.username, fullName, role, hospitalIds },
    token,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  };
}

/** A hospital with a unique name (or the one given). */
export function testHospital(
  db: RegistryDb,
  fields: { name?: string; region?: string; zone?: string } = {},
): Promise<Hospital> {
  return createHospital(db, { ...fields, name: fields.name ?? `Hospital ${randomBytes(4).toString('hex')}` });
}
