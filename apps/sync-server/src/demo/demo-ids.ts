import { v7 as uuidv7 } from 'uuid';
import type { Random } from './random';

/**
 * UUIDv7 ids stamped with the time of the event they belong to, so ids sort by when the record was
 * made (as a device's would), and with their random part from the seeded source, so the demo
 * data is the same on every run.
 */
export function demoIdAt(random: Random, at: number): string {
  return uuidv7({ msecs: at, random: random.bytes(16) });
}
