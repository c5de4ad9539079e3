import { describe, expect, it } from 'vitest';
import { printedWhen } from './use-printed-at';

describe('printedWhen', () => {
  it('writes the day in full and the time, never "today"', () => {
    const at = new Date(2026, 10, 3, 14, 5);
    expect(printedWhen(at, 'en')).toBe('3 Nov 2026 14:05');
    expect(printedWhen(at, 'sw')).toMatch(/2026 14:05$/);
  });
});
