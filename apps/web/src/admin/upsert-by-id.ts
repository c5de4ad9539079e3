/**
 * The list with `item` in place of the one with its id, or added; kept in `order` (the server's own
 * order, e.g. by name), so that what an admin just added is found where they would look for it.
 */
export function upsertById<T extends { id: string }>(
  list: readonly T[],
  item: T,
  order: (a: T, b: T) => number,
): T[] {
  const others = list.filter((other) => other.id !== item.id);
  return [...others, item].sort(order);
}

/** By a name as people read it: letter case and accents do not matter. */
export const byName =
  <T>(name: (item: T) => string) =>
  (a: T, b: T): number =>
    name(a).localeCompare(name(b), undefined, { sensitivity: 'base' });
