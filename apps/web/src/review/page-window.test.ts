import { describe, expect, it } from 'vitest';
import { pageWindow } from './page-window';

describe('the pages a pager offers', () => {
  it('offers every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the ends and the neighbours of the current page, with gaps between', () => {
    expect(pageWindow(1, 60)).toEqual([1, 2, 3, 'gap', 60]);
    expect(pageWindow(30, 60)).toEqual([1, 'gap', 28, 29, 30, 31, 32, 'gap', 60]);
    expect(pageWindow(60, 60)).toEqual([1, 'gap', 58, 59, 60]);
  });

  it('shows a lone left-out page instead of a gap standing for it', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
});
