import { describe, expect, it } from 'vitest';
import { makePasswordCheck, passwordMatches } from './password-check';

describe('password check', () => {
  it('accepts the password it was made from and nothing else', async () => {
    const check = await makePasswordCheck('registry-demo', 1000);
    expect(JSON.stringify(check)).not.toContain('registry-demo');
    expect(await passwordMatches('registry-demo', check)).toBe(true);
    expect(await passwordMatches('registry-dem0', check)).toBe(false);
    expect(await passwordMatches('', check)).toBe(false);
  });

  it('salts each check, so one password gives different hashes', async () => {
    const [a, b] = await Promise.all([makePasswordCheck('same', 1000), makePasswordCheck('same', 1000)]);
    expect(a.hash).not.toBe(b.hash);
  });
});
