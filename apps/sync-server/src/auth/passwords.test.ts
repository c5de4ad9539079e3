import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD_PARAMS } from '../test-support/auth-fixtures';
import {
  hashPassword,
  PASSWORD_PARAMS,
  passwordProblem,
  verifyAgainstNobody,
  verifyPassword,
} from './passwords';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('kilimanjaro-2026', TEST_PASSWORD_PARAMS);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await verifyPassword(hash, 'kilimanjaro-2026')).toBe(true);
    expect(await verifyPassword(hash, 'Kilimanjaro-2026')).toBe(false);
    expect(await hashPassword('kilimanjaro-2026', TEST_PASSWORD_PARAMS)).not.toBe(hash);
  });

  it('treats a stored value that is not a hash as a wrong password', async () => {
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('spends a verification on unknown users and always says no', async () => {
    expect(await verifyAgainstNobody('anything', TEST_PASSWORD_PARAMS)).toBe(false);
  });

  it('takes about as long for an unknown user as for a wrong password, at the real cost', async () => {
    const hash = await hashPassword('kilimanjaro-2026');
    const time = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    const real = await time(() => verifyPassword(hash, 'wrong password'));
    const decoy = await time(() => verifyAgainstNobody('wrong password', PASSWORD_PARAMS));
    expect(decoy).toBeGreaterThan(real / 10);
    expect(decoy).toBeLessThan(real * 10);
  });

  it('asks for at least 8 characters, in a sentence', () => {
    expect(passwordProblem('short')).toBe('The password must be at least 8 characters long.');
    expect(passwordProblem('12345678')).toBeUndefined();
    expect(passwordProblem('x'.repeat(1001))).toMatch(/at most 1000/);
  });
});
