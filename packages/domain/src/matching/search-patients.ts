// Why: the patient list shows a screenful of the best matches while the clerk types, so search
// keeps only the best `limit` as it goes — a short sorted list, not a sort of 50,000 scores — and
// breaks ties by name so the list does not jump about between keystrokes.
import { parseQuery } from './parse-query';
import { scoreEntry } from './score-entry';
import type { SearchEntry } from './search-entry';

export interface SearchHit {
  readonly id: string;
  readonly score: number;
}

/** Whether entry a with score sa goes before entry b with score sb: higher score, then name, then id. */
const before = (a: SearchEntry, sa: number, b: SearchEntry, sb: number): boolean => {
  if (sa !== sb) return sa > sb;
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey;
  return a.id < b.id;
};

/**
 * The best `limit` patients for what was typed, best first (score, then folded name, then id), each
 * with its score from scoreEntry. Empty when nothing usable was typed.
 */
export const searchPatients = (
  entries: readonly SearchEntry[],
  queryText: string,
  limit = 50,
): SearchHit[] => {
  const query = parseQuery(queryText);
  if (limit <= 0 || (query.nameTokens.length === 0 && query.digits === '' && query.code === '')) return [];
  const best: SearchEntry[] = [];
  const scores: number[] = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, query);
    if (score <= 0) continue;
    const last = best.length - 1;
    const full = best.length >= limit;
    if (full && !before(entry, score, best[last] as SearchEntry, scores[last] ?? 0)) continue;
    // Insertion into the short sorted list, dropping its last when full.
    let at = full ? last : best.length;
    while (at > 0 && before(entry, score, best[at - 1] as SearchEntry, scores[at - 1] ?? 0)) {
      best[at] = best[at - 1] as SearchEntry;
      scores[at] = scores[at - 1] ?? 0;
      at--;
    }
    best[at] = entry;
    scores[at] = score;
  }
  return best.map((entry, i) => ({ id: entry.id, score: scores[i] ?? 0 }));
};
