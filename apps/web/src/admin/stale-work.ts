import type { AdminDevice } from '@registry/domain';
import { OLD_WORK_DAYS } from '../shell/storage-warnings';
import { wholeDaysSince } from './time-ago';

/**
 * How many whole days the oldest work a device holds has waited, when that is long enough to worry
 * about (the threshold a device warns its own user at); undefined otherwise. A lost phone takes its
 * unsynced work with it, so these are the devices whose users an admin should call.
 */
export function staleWorkDays(device: AdminDevice, now = new Date()): number | undefined {
  if (device.pendingVersions === 0 || !device.oldestPendingAt) return undefined;
  const days = wholeDaysSince(device.oldestPendingAt, now);
  return days >= OLD_WORK_DAYS ? days : undefined;
}
