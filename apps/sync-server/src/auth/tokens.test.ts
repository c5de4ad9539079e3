import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken, newToken } from './tokens';

describe('tokens', () => {
  it('makes 32 random bytes in base64url, different every time', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(token);
  });

  it('stores the sha256 hex of the token, never the token', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('reads a bearer token from the Authorization header', () => {
    expect(bearerToken('Bearer abc-_12')).toBe('abc-_12');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer ')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
