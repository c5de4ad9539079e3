import type { OperationFacts } from './operation-facts';
import { bump, type Count } from './tally';

/**
 * Day bands of a length of stay, `min` to `max` nights inclusive (no `max`: and more). Narrow at
 * the short end, where hernia repairs cluster: a day case, one night, two…
 */
export const LENGTH_OF_STAY_BANDS = [
  { key: '0', min: 0, max: 0 },
  { key: '1', min: 1, max: 1 },
  { key: '2', min: 2, max: 2 },
  { key: '3-4', min: 3, max: 4 },
  { key: '5-7', min: 5, max: 7 },
  { key: '8-14', min: 8, max: 14 },
  { key: '15+', min: 15 },
] as const;

/**
 * Nights from the operation to its discharge (lengthOfStayDays), over operations with a discharge
 * where both dates are known and in order (`measured`); the median and the mean are undefined when
 * none is. `notRecorded`: discharged, but a date is missing or before the operation. `noDischarge`:
 * operations with no discharge recorded (still in hospital, or the discharge not entered).
 */
export interface LengthOfStayReport {
  measured: number;
  median: number | undefined;
  mean: number | undefined;
  /** Every band, zero included; adds up to `measured`. */
  bands: Count[];
  notRecorded: number;
  noDischarge: number;
}

export function lengthOfStayReport(facts: readonly OperationFacts[]): LengthOfStayReport {
  // Stays are whole nights, so a count per value sorts 100,000 stays in a few distinct keys.
  const byDays = new Map<number, number>();
  let notRecorded = 0;
  let noDischarge = 0;
  let sum = 0;
  let measured = 0;
  for (const { stay } of facts) {
    if (stay === 'noDischarge') noDischarge++;
    else if (typeof stay !== 'number') notRecorded++;
    else {
      byDays.set(stay, (byDays.get(stay) ?? 0) + 1);
      sum += stay;
      measured++;
    }
  }
  const bands = new Map<string, number>();
  for (const [days, count] of byDays) bump(bands, bandOf(days), count);
  return {
    measured,
    median: median(byDays, measured),
    mean: measured === 0 ? undefined : sum / measured,
    bands: LENGTH_OF_STAY_BANDS.map(({ key }) => ({ key, count: bands.get(key) ?? 0 })),
    notRecorded,
    noDischarge,
  };
}

function bandOf(days: number): string {
  const band = LENGTH_OF_STAY_BANDS.find((b) => days >= b.min && (!('max' in b) || days <= b.max));
  return band?.key ?? LENGTH_OF_STAY_BANDS[0].key;
}

/** The middle value of the counted days; the mean of the two middle ones when the count is even. */
function median(byDays: ReadonlyMap<number, number>, total: number): number | undefined {
  if (total === 0) return undefined;
  const lower = Math.floor((total - 1) / 2);
  const upper = Math.floor(total / 2);
  let seen = 0;
  let lowerValue: number | undefined;
  for (const days of [...byDays.keys()].sort((a, b) => a - b)) {
    seen += byDays.get(days) ?? 0;
    if (lowerValue === undefined && seen > lower) lowerValue = days;
    if (seen > upper) return ((lowerValue ?? days) + days) / 2;
  }
  return undefined;
}
