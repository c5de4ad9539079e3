import { describe, expect, it } from 'vitest';
import { idFor } from '../test-support/arbitraries';
import { adminDevicesResponseSchema } from './admin-devices';
import { adminUsersResponseSchema } from './admin-users';

// The admin screens check each answer against these schemas and say in words when one does not fit,
// rather than show a wrong time or count: what the server writes must fit, and nothing vaguer.

const user = {
  id: idFor('11111111', 1),
  username: 'amina',
  fullName: 'Amina Mushi',
  role: 'surgeon',
  hospitalIds: [idFor('44444444', 1)],
  active: true,
  locked: true,
  lockedUntil: '2026-03-05T10:15:00.000Z',
  failedLogins: 5,
  createdAt: '2026-01-05T08:00:00.000Z',
};

describe('the admin answers', () => {
  it('take a locked account as the server writes it, and refuse a lockout without its time', () => {
    expect(adminUsersResponseSchema.parse({ users: [user] })).toEqual({ users: [user] });
    expect(
      adminUsersResponseSchema.safeParse({ users: [{ ...user, lockedUntil: '2026-03-05' }] }).success,
    ).toBe(false);
  });

  it('take a device whose user is gone and that never said what waits on it', () => {
    const device = {
      deviceId: 'tablet-1',
      user: { id: idFor('11111111', 2), username: null, fullName: null },
      appVersion: null,
      lastContactAt: '2026-03-01T08:00:00.000Z',
      lastPushAt: null,
      lastPullAt: '2026-03-01T08:00:00.000Z',
      pendingVersions: 0,
      oldestPendingAt: null,
    };
    expect(adminDevicesResponseSchema.parse({ devices: [device] })).toEqual({ devices: [device] });
    expect(
      adminDevicesResponseSchema.safeParse({ devices: [{ ...device, pendingVersions: -1 }] }).success,
    ).toBe(false);
  });
});
