/**
 * Bar colours told apart by people with the common colour-vision deficiencies (Okabe and Ito's
 * palette, its pale yellow left out for contrast on white). Colour is never the only signal: every
 * chart has a legend or axis with the names, and a table of its numbers.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;

/** For "other hospitals" and the like: a group that is not one thing. */
export const REST_COLOR = '#6c757d';

export const seriesColor = (index: number): string =>
  SERIES_COLORS[index % SERIES_COLORS.length] ?? REST_COLOR;
