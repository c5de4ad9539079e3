/** A page number to offer, or a gap in the run of numbers. */
export type PageMark = number | 'gap';

/**
 * The page numbers a pager offers: the first and last, and the current page with `around` pages on
 * either side; a gap stands for pages left out, but never for a single page (that page is shown).
 */
export function pageWindow(page: number, pageCount: number, around = 2): PageMark[] {
  const shown = new Set([1, pageCount]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const marks: PageMark[] = [];
  for (const n of sorted) {
    const previous = marks.at(-1);
    if (typeof previous === 'number' && n - previous === 2) marks.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) marks.push('gap');
    marks.push(n);
  }
  return marks;
}
