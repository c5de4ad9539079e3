import { NOT_RECORDED } from './shares';

/** How many records fall in one group. */
export interface Count {
  key: string;
  count: number;
}

/** Adds one to `key`'s count. */
export function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

const alphabetical = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Keys sorted by `compare` (alphabetically by default), NOT_RECORDED always last: the unknowns stay
 * on show, but after what is known.
 */
export function orderKeys(keys: Iterable<string>, compare = alphabetical): string[] {
  const unique = new Set(keys);
  const known = [...unique].filter((key) => key !== NOT_RECORDED).sort(compare);
  return unique.has(NOT_RECORDED) ? [...known, NOT_RECORDED] : known;
}

/** Sorts keys by a label (a hospital's name), falling back to the key itself when it has none. */
export const byLabel =
  (labelOf: (key: string) => string | undefined) =>
  (a: string, b: string): number =>
    (labelOf(a) ?? a).localeCompare(labelOf(b) ?? b, 'en') || alphabetical(a, b);

/**
 * Every code of a list in the list's order, even those counted zero (a chart of hernia sites shows
 * every site), then values outside the list as found (written by a newer app), then NOT_RECORDED.
 */
export function codeOrder(codes: readonly string[], present: Iterable<string>): string[] {
  const listed = new Set(codes);
  return [...codes, ...orderKeys([...present].filter((key) => !listed.has(key)))];
}

export const countsOf = (counts: ReadonlyMap<string, number>, keys: readonly string[]): Count[] =>
  keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));

/** The value held under `key`, made and stored first if there is none. */
export function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
