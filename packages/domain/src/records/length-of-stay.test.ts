import { describe, expect, it } from 'vitest';
import { daysBetween, isInFuture, latestPossibleDate } from './dates';
import { lengthOfStayDays } from './length-of-stay';

describe('lengthOfStayDays', () => {
  it('counts calendar days from the operation to the discharge', () => {
    expect(lengthOfStayDays('2026-11-20', '2026-11-20')).toBe(0);
    expect(lengthOfStayDays('2026-11-20', '2026-11-23')).toBe(3);
    expect(lengthOfStayDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(lengthOfStayDays('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('gives nothing when a date is unknown, malformed or the wrong way round', () => {
    expect(lengthOfStayDays(undefined, '2026-11-23')).toBeUndefined();
    expect(lengthOfStayDays('2026-11-20', undefined)).toBeUndefined();
    expect(lengthOfStayDays('2026-11-20', 'soon')).toBeUndefined();
    expect(lengthOfStayDays('2026-11-23', '2026-11-20')).toBeUndefined();
  });
});

describe('dates', () => {
  const now = new Date('2026-11-22T22:30:00Z');

  it('allows one day of slack past the validating clock', () => {
    expect(latestPossibleDate(now)).toBe('2026-11-23');
    expect(isInFuture('2026-11-23', now)).toBe(false);
    expect(isInFuture('2026-11-23T23:59', now)).toBe(false);
    expect(isInFuture('2026-11-24', now)).toBe(true);
  });

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
    expect(daysBetween('2026-11-20T10:00', '2026-11-21')).toBe(1);
    expect(daysBetween('x', '2026-11-21')).toBeUndefined();
  });
});
