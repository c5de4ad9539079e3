import type { AdminDevice } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { staleWorkDays } from './stale-work';

const now = new Date('2026-03-10T12:00:00Z');
const device = (pendingVersions: number, oldestPendingAt: string | null): AdminDevice => ({
  deviceId: 'phone-1',
  user: { id: 'u', username: 'amina', fullName: 'Dr Amina Juma' },
  appVersion: '1.0.0',
  lastContactAt: '2026-03-10T11:00:00Z',
  lastPushAt: null,
  lastPullAt: '2026-03-10T11:00:00Z',
  pendingVersions,
  oldestPendingAt,
});

describe('staleWorkDays', () => {
  it('flags work waiting three days or more, with its age in days', () => {
    expect(staleWorkDays(device(4, '2026-03-07T11:59:00Z'), now)).toBe(3);
    expect(staleWorkDays(device(4, '2026-03-01T12:00:00Z'), now)).toBe(9);
  });

  it('leaves younger work, no work, and work of unknown age unflagged', () => {
    expect(staleWorkDays(device(4, '2026-03-07T12:01:00Z'), now)).toBeUndefined();
    expect(staleWorkDays(device(0, '2026-03-01T12:00:00Z'), now)).toBeUndefined();
    expect(staleWorkDays(device(4, null), now)).toBeUndefined();
  });
});
