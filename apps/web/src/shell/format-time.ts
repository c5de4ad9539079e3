/**
 * "today 16:40", "yesterday 16:40", "3 Nov 16:40" in the screen's language: how people say when
 * something last happened. `now` is passed in so that the wording is testable.
 */
export function formatWhen(iso: string, language: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const locale = language === 'sw' ? 'sw-TZ' : 'en-GB';
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(at)) / 86_400_000);
  if (days === 0 || days === 1) {
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return `${rtf.format(-days, 'day')} ${time}`;
  }
  const date = at.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    ...(at.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
  return `${date} ${time}`;
}

/** A YYYY-MM-DD date for people: "3 Nov 2026". */
export function formatDate(date: string | undefined, language: string): string {
  if (!date) return '';
  const at = new Date(`${date}T00:00:00`);
  if (Number.isNaN(at.getTime())) return date;
  return at.toLocaleDateString(language === 'sw' ? 'sw-TZ' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** Today as YYYY-MM-DD in the device's own time zone (what a form's date field defaults to). */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
