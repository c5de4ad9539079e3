/** A clock a test moves by hand, to pass as `now` (no fake timers). */
export function testClock(start = new Date('2026-03-01T08:00:00.000Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}
