// Dates are YYYY-MM-DD strings (a calendar day where the care happened, no time zone);
// log entries may add a time. Comparisons are on the text, which sorts like the calendar.

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Devices disagree on the date: East Africa is three hours ahead of UTC and phone clocks drift.
 * A date counts as "in the future" only once it is after tomorrow (UTC) of the validating clock.
 */
export const FUTURE_SLACK_DAYS = 1;

export function latestPossibleDate(now: Date): string {
  return new Date(now.getTime() + FUTURE_SLACK_DAYS * DAY_MS).toISOString().slice(0, 10);
}

/** Accepts a date or a date and time; only the calendar day as written is compared. */
export function isInFuture(dateOrDateTime: string, now: Date): boolean {
  return dateOrDateTime.slice(0, 10) > latestPossibleDate(now);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); undefined if either is not a date. */
export function daysBetween(from: string, to: string): number | undefined {
  const start = dayNumber(from);
  const end = dayNumber(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

function dayNumber(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = Date.UTC(year, month - 1, day);
  return Number.isNaN(time) ? undefined : Math.round(time / DAY_MS);
}
