import argon2 from 'argon2';

/** argon2id cost. Verification reads the cost from the stored hash, so changing it affects new hashes only. */
export interface PasswordParams {
  /** KiB of memory per hash. */
  memoryCost: number;
  /** Passes over the memory. */
  timeCost: number;
  parallelism: number;
}

/** argon2's own defaults for argon2id (64 MiB, 3 passes, 4 lanes): about 0.2 s per hash on a small server. */
export const PASSWORD_PARAMS: PasswordParams = { memoryCost: 65536, timeCost: 3, parallelism: 4 };

export const MIN_PASSWORD_LENGTH = 8;
/** argon2 would hash a novel, but a request that large is an attack on the CPU, not a password. */
export const MAX_PASSWORD_LENGTH = 1000;

/** Why a new password cannot be used, or undefined when it can. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  }
  return undefined;
}

export function hashPassword(password: string, params: PasswordParams = PASSWORD_PARAMS): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...params });
}

/** False for a wrong password and for a stored value that is not an argon2 hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A well-formed argon2id hash that no password matches in practice (its digest is all zeros).
const ZERO_SALT = 'AAAAAAAAAAAAAAAAAAAAAA';
const ZERO_DIGEST = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Spends the time of a real verification at `params`, for a user name that does not exist, so the
 * response time does not tell an attacker which user names are real. Always false.
 */
export async function verifyAgainstNobody(password: string, params: PasswordParams): Promise<false> {
  const { memoryCost: m, timeCost: t, parallelism: p } = params;
  await verifyPassword(`$argon2id$v=19$m=${m},p=${p},t=${t}$${ZERO_SALT}$${ZERO_DIGEST}`, password);
  return false;
}
