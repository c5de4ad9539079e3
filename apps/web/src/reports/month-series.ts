import type { OperationsReport } from '@registry/domain';

/** More hospitals than this stacked in one bar cannot be told apart; the rest are summed as one. */
export const MAX_HOSPITAL_SERIES = 6;

/** One stack of the monthly chart: a hospital, or every hospital past the busiest (`hospitalId` undefined). */
export interface HospitalSeries {
  hospitalId: string | undefined;
}

export interface MonthSeries {
  series: HospitalSeries[];
  /** Per month, the operations of each series in the order of `series`, and their total. */
  rows: { month: string; counts: number[]; total: number }[];
}

/**
 * The operations per month as the chart and its table show them: the busiest hospitals each on
 * their own, the others together (only when they are more than one, else that one is named too).
 */
export function monthSeries(report: OperationsReport, max = MAX_HOSPITAL_SERIES): MonthSeries {
  const busiest = [...report.byHospital].sort((a, b) => b.count - a.count);
  const named = busiest.length <= max + 1 ? busiest : busiest.slice(0, max);
  const shown = new Set(named.map((c) => c.key));
  const others = named.length < busiest.length;
  return {
    series: [...named.map((c) => ({ hospitalId: c.key })), ...(others ? [{ hospitalId: undefined }] : [])],
    rows: report.months.map(({ month, total, byHospital }) => {
      const counts = named.map((c) => byHospital[c.key] ?? 0);
      if (others) {
        let rest = 0;
        for (const [hospitalId, count] of Object.entries(byHospital))
          if (!shown.has(hospitalId)) rest += count;
        counts.push(rest);
      }
      return { month, counts, total };
    }),
  };
}
