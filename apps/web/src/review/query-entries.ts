import type { SortDirection } from './review-params';

// Filter, sort and page for the review tables, built for 100,000 rows on a main thread. A sort is
// split in two: `rankEntries` reads each row's key once and ranks the distinct keys with the
// engine's own sorts (no comparison function runs per pair of rows); `selectEntries` then filters
// and orders the rows by one number each, rank × rows + place, in a Float64Array's native sort. A
// table keeps the ranks of its column, so a new filter costs only the second step, and a page turn
// only a slice.

export const PAGE_SIZE = 50;

/** What a row is sorted by; undefined when the row has no value for the column. */
export type SortKey = string | number | undefined;

export interface EntrySort<T> {
  key: (entry: T) => SortKey;
  direction: SortDirection;
  /**
   * The form a text key is ordered by, made once per distinct key (for names: folded, so that case,
   * accents and apostrophes do not decide the order); the key itself when not given.
   */
  textOrder?: ((text: string) => string) | undefined;
}

/** Each entry's place in a column's order, by the entry's index. */
export interface EntryRanks {
  /** From 0; keys of one form share a rank; `count` for entries without a value. */
  ranks: Uint32Array;
  /** How many distinct ranks the values have. */
  count: number;
}

export interface EntryPage<T> {
  rows: T[];
  /** Rows matching, on every page. */
  total: number;
  /** The page shown, from 1: the one asked for, or the last when fewer pages remain. */
  page: number;
  pageCount: number;
  /** The place of the first and last rows shown among all matching (from 1; 0 and 0 when none). */
  first: number;
  last: number;
}

/**
 * Ranks every entry by a column: numbers by value, then texts by the UTF-16 code units of their form.
 * Missing and not-a-number keys get no rank of their own (they sort last in both directions).
 */
export function rankEntries<T>(
  entries: readonly T[],
  key: (entry: T) => SortKey,
  textOrder?: (text: string) => string,
): EntryRanks {
  // Each distinct key gets a slot, each entry its key's slot: one lookup per entry, none after.
  const slotOf = new Map<string | number, number>();
  const distinct: (string | number)[] = [];
  const entrySlots = new Int32Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const value = key(entries[i] as T);
    if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
      entrySlots[i] = -1;
      continue;
    }
    let slot = slotOf.get(value);
    if (slot === undefined) {
      slot = distinct.length;
      slotOf.set(value, slot);
      distinct.push(value);
    }
    entrySlots[i] = slot;
  }
  const slotRanks = rankSlots(distinct, textOrder);
  const count = slotRanks.count;
  const ranks = new Uint32Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const slot = entrySlots[i] as number;
    ranks[i] = slot < 0 ? count : (slotRanks.ranks[slot] as number);
  }
  return { ranks, count };
}

/**
 * The rank of each distinct key, numbers first. Texts are sorted natively (the default sort of
 * strings compares code units) as "form NUL slot", so that each sorted form says which key it is
 * without a lookup; keys of one form share a rank.
 */
function rankSlots(distinct: readonly (string | number)[], textOrder?: (text: string) => string): EntryRanks {
  const ranks = new Uint32Array(distinct.length);
  const numbers: number[] = [];
  const texts: string[] = [];
  distinct.forEach((value, slot) => {
    if (typeof value === 'number') numbers.push(slot);
    else texts.push(`${textOrder ? textOrder(value) : value}\u0000${slot}`);
  });
  numbers.sort((a, b) => (distinct[a] as number) - (distinct[b] as number));
  let count = 0;
  for (const slot of numbers) ranks[slot] = count++;
  texts.sort();
  let previous: string | undefined;
  for (const tagged of texts) {
    const cut = tagged.lastIndexOf('\u0000');
    const form = tagged.slice(0, cut);
    if (form !== previous) count++;
    previous = form;
    ranks[Number(tagged.slice(cut + 1))] = count - 1;
  }
  return { ranks, count };
}

/**
 * The entries a filter keeps, in the order of ranks made by `rankEntries` over the same entries.
 * Stable in both directions: rows with equal keys keep the order they came in, so that sorting by
 * one column after another nests the orders; rows without a value come last either way, so that a
 * sort never opens on a page of blanks.
 */
export function selectEntries<T>(
  entries: readonly T[],
  matches: (entry: T) => boolean,
  { ranks, count }: EntryRanks,
  direction: SortDirection,
): T[] {
  // Sized for every entry up front: growing arrays by push costs more than the filter itself.
  const places = new Uint32Array(entries.length);
  let n = 0;
  for (let i = 0; i < entries.length; i++) if (matches(entries[i] as T)) places[n++] = i;
  const order = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const rank = ranks[places[j] as number] as number;
    const placed = rank === count || direction === 'asc' ? rank : count - 1 - rank;
    // Exact while rank × n stays below 2^53: for up to tens of millions of rows.
    order[j] = placed * n + j;
  }
  order.sort();
  const rows = new Array<T>(n);
  for (let k = 0; k < n; k++) rows[k] = entries[places[(order[k] as number) % n] as number] as T;
  return rows;
}

/** One page of sorted rows (pages of PAGE_SIZE, from 1); a page past the end shows the last. */
export function pageOf<T>(selected: readonly T[], page: number, size = PAGE_SIZE): EntryPage<T> {
  const total = selected.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (shown - 1) * size;
  const rows = selected.slice(start, start + size);
  return {
    rows,
    total,
    page: shown,
    pageCount,
    first: rows.length > 0 ? start + 1 : 0,
    last: start + rows.length,
  };
}

/** Filter, sort and page in one call; a table keeps the ranks and the sorted rows between calls. */
export function queryEntries<T>(
  entries: readonly T[],
  matches: (entry: T) => boolean,
  sort: EntrySort<T>,
  page: number,
  size = PAGE_SIZE,
): EntryPage<T> {
  const ranks = rankEntries(entries, sort.key, sort.textOrder);
  return pageOf(selectEntries(entries, matches, ranks, sort.direction), page, size);
}
