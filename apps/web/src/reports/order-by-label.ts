import { type Count, NOT_RECORDED } from '@registry/domain';

/**
 * Counts in the order of their labels in the screen's language, "not recorded" last: regions are
 * stored as codes, whose order is not that of the names people read.
 */
export function orderByLabel(
  counts: readonly Count[],
  labelOf: (key: string) => string,
  language: string,
): Count[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const last = (c: Count) => (c.key === NOT_RECORDED ? 1 : 0);
  return [...counts].sort((a, b) => last(a) - last(b) || collator.compare(labelOf(a.key), labelOf(b.key)));
}
