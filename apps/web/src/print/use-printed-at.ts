import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDate, today } from '../shell/format-time';

/**
 * When the page is printed: the moment it opened, moved on as the print dialog opens (from the Print
 * button or the browser's own menu). Drawn at once, before the browser lays the paper out.
 */
export function usePrintedAt(): Date {
  const [at, setAt] = useState(() => new Date());
  useEffect(() => {
    const printing = () => flushSync(() => setAt(new Date()));
    window.addEventListener('beforeprint', printing);
    return () => window.removeEventListener('beforeprint', printing);
  }, []);
  return at;
}

/** "3 Nov 2026 14:05": on paper a date in full, never "today" or "yesterday". */
export function printedWhen(at: Date, language: string): string {
  const time = at.toLocaleTimeString(language === 'sw' ? 'sw-TZ' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${formatDate(today(at), language)} ${time}`;
}
