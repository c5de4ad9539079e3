import { describe, expect, it } from 'vitest';
import { timeAgo, wholeDaysSince } from './time-ago';

const now = new Date('2026-03-10T12:00:00Z');
const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('timeAgo', () => {
  it.each([
    [20_000, 'now'],
    [5 * MINUTE, '5 minutes ago'],
    [2 * HOUR + 10 * MINUTE, '2 hours ago'],
    [30 * HOUR, 'yesterday'],
    [5 * DAY, '5 days ago'],
    [15 * DAY, '2 weeks ago'],
    [70 * DAY, '2 months ago'],
    [800 * DAY, '2 years ago'],
  ])('%i ms ago reads "%s"', (ms, words) => {
    expect(timeAgo(before(ms), 'en', now)).toBe(words);
  });

  it('speaks Kiswahili', () => {
    expect(timeAgo(before(2 * HOUR), 'sw', now)).toBe('saa 2 zilizopita');
    expect(timeAgo(before(5 * DAY), 'sw', now)).toBe('siku 5 zilizopita');
  });

  it('reads a time a fast clock put ahead as now, and gives nothing for no time', () => {
    expect(timeAgo(before(-3 * MINUTE), 'en', now)).toBe('now');
    expect(timeAgo(null, 'en', now)).toBeUndefined();
    expect(timeAgo('not a time', 'en', now)).toBeUndefined();
  });
});

describe('wholeDaysSince', () => {
  it('counts whole days only', () => {
    expect(wholeDaysSince(before(DAY - 1), now)).toBe(0);
    expect(wholeDaysSince(before(3 * DAY), now)).toBe(3);
  });
});
