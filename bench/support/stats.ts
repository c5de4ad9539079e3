/** The q-quantile (0..1) of a sample, nearest-rank. */
export function quantile(sample: readonly number[], q: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (sample: readonly number[]) => quantile(sample, 0.5);
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
