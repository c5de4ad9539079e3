// Why: a search typed on a phone in a hurry has typos ("Hamsi" for Hamisi, "Mohamde" for Mohamed)
// that no phonetic key forgives. Counting edits — with a swap of two neighbouring letters as one
// edit, the commonest slip of the thumb — tells a typo from a different name. Search asks only
// "within 1 or 2?", so the work stays in a narrow band around the diagonal and stops as soon as
// every path is over the limit; the rows live in a typed array the caller can reuse.

/**
 * Damerau–Levenshtein distance in its optimal string alignment form (insertions, deletions,
 * substitutions and transpositions of adjacent letters, each counting 1, no substring edited
 * twice), over UTF-16 code units; `rows` must hold at least 3 × (b.length + 1) numbers.
 * Returns the distance when it is at most `max`, otherwise `max + 1`. Allocates nothing.
 */
export const editDistanceWithin = (a: string, b: string, max: number, rows: Int32Array): number => {
  const m = a.length;
  const n = b.length;
  // The distance is never more than the longer length, so a larger `max` changes nothing.
  const limit = Math.min(Math.floor(max), Math.max(m, n));
  if (Math.abs(m - n) > limit) return max + 1;
  if (m === 0 || n === 0) return Math.max(m, n);
  const over = limit + 1;
  const width = n + 1;
  // Three rolling rows at offsets 0, width, 2·width: the row two back (for transpositions),
  // the previous row and the current one.
  let twoBack = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= n; j++) rows[previous + j] = j;
  for (let i = 1; i <= m; i++) {
    const low = Math.max(1, i - limit);
    const high = Math.min(n, i + limit);
    rows[current + low - 1] = low === 1 ? i : over;
    let rowMin = low === 1 ? i : over;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = low; j <= high; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = (rows[previous + j - 1] ?? over) + cost;
      const deletion = (rows[previous + j] ?? over) + 1;
      if (deletion < value) value = deletion;
      const insertion = (rows[current + j - 1] ?? over) + 1;
      if (insertion < value) value = insertion;
      if (cost === 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const transposition = (rows[twoBack + j - 2] ?? over) + 1;
        if (transposition < value) value = transposition;
      }
      if (value > over) value = over;
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (high < n) rows[current + high + 1] = over;
    if (rowMin > limit) return max + 1;
    const recycled = twoBack;
    twoBack = previous;
    previous = current;
    current = recycled;
  }
  const distance = rows[previous + n] ?? over;
  return distance > max ? max + 1 : distance;
};

/**
 * Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`, or `max + 1` as
 * soon as it is known to exceed `max` (by default no limit). Symmetric, and 0 only when a === b.
 */
export const editDistance = (a: string, b: string, max = Number.POSITIVE_INFINITY): number =>
  editDistanceWithin(a, b, max, new Int32Array(3 * (b.length + 1)));
