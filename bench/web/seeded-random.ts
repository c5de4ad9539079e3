/**
 * A small seeded generator (mulberry32), so that every run of the bench stores the same registry and
 * numbers from different runs compare like with like. Used by the Node filler and by the bench page.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from lo to hi, both included. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** A lower-case UUIDv7 for time `ms`, as the app makes on a device (its random part seeded). */
  uuid(ms: number): string;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number) => {
    let s = '';
    for (let i = 0; i < length; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
    return s;
  };
  const random: Random = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    uuid: (ms) => {
      const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
      const variant = '89ab'[Math.floor(next() * 4)];
      return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
  };
  return random;
}
