import { describe, expect, it } from 'vitest';
import { withoutSecrets } from './record-audit';

describe('withoutSecrets', () => {
  it('drops keys that could hold a secret, at any depth, and keeps the rest', () => {
    expect(
      withoutSecrets({
        username: 'amina',
        password: 'x',
        newPassword: 'y',
        nested: { token: 't', tokenHash: 'h', passwordHash: 'p', role: 'admin' },
        list: [{ Authorization: 'Bearer t', deviceId: 'd' }],
      }),
    ).toEqual({ username: 'amina', nested: { role: 'admin' }, list: [{ deviceId: 'd' }] });
  });
});
