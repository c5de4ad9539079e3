// Times of demo events as epoch milliseconds; record dates as the calendar day in UTC. Events fall
// between 05:00 and 16:00 UTC (08:00–19:00 in East Africa), so the day is the same in both zones.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** YYYY-MM-DD of an instant. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Midnight UTC of the day of `at`. */
export function startOfDay(at: number): number {
  return Math.floor(at / DAY) * DAY;
}

/** `hours` (fractional) after midnight UTC of the day that is `days` after the day of `at`. */
export function dayAt(at: number, days: number, hours: number): number {
  return startOfDay(at) + days * DAY + Math.round(hours * HOUR);
}

/** Whole days from the day of `from` to the day of `to`. */
export function daysApart(from: number, to: number): number {
  return Math.round((startOfDay(to) - startOfDay(from)) / DAY);
}

/** A log entry's time as a datetime-local form field gives it: East African time, no seconds, no zone. */
export function eastAfricanDateTime(at: number): string {
  return new Date(at + 3 * HOUR).toISOString().slice(0, 16);
}
