import { PASSWORD_PARAMS, type PasswordParams } from './passwords';

/**
 * The knobs of sign-in, in one place. Every one has a default; tests pass a clock and cheap
 * password hashing, never a global flag.
 */
export interface AuthOptions {
  now: () => Date;
  /**
   * How long a token stays valid. Long, because devices work offline for weeks and the app
   * re-checks the password locally before anyone uses it.
   */
  sessionLifetimeMs: number;
  /** Failed sign-ins in a row that lock an account. */
  maxFailedLogins: number;
  /** How long a lock lasts. */
  lockoutMs: number;
  /** The cost of new password hashes (and of the decoy check for unknown user names). */
  passwordParams: PasswordParams;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  now: () => new Date(),
  sessionLifetimeMs: 30 * DAY_MS,
  maxFailedLogins: 5,
  lockoutMs: 15 * 60 * 1000,
  passwordParams: PASSWORD_PARAMS,
};

export function authOptions(overrides: Partial<AuthOptions> = {}): AuthOptions {
  return { ...DEFAULT_AUTH_OPTIONS, ...overrides };
}
