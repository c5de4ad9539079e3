/** Units from the smallest, each with how many of it make the next. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 52 / 12],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * How long ago, as people say it: "now", "2 hours ago", "yesterday", "3 weeks ago" (Kiswahili: "saa 2
 * zilizopita"), in the largest whole unit. Undefined for a missing or unreadable time. A time a little
 * ahead (a device's clock running fast) reads as "now" rather than "in 2 minutes".
 */
export function timeAgo(
  iso: string | null | undefined,
  language: string,
  now = new Date(),
): string | undefined {
  if (!iso) return undefined;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return undefined;
  const format = new Intl.RelativeTimeFormat(language === 'sw' ? 'sw-TZ' : 'en-GB', { numeric: 'auto' });
  let amount = Math.max(0, (now.getTime() - at) / 1000);
  for (const [unit, next] of UNITS) {
    if (amount < next) return format.format(unit === 'second' ? 0 : -Math.floor(amount), unit);
    amount /= next;
  }
  return undefined;
}

/** Whole days since an instant: 0 within the first 24 hours. */
export function wholeDaysSince(iso: string, now = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000);
}
