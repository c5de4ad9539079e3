import { CEPOD_CATEGORIES, HERNIA_SITES } from '../lists/surgery-lists';
import type { OperationFacts } from './operation-facts';
import { NOT_RECORDED } from './shares';
import { bump, type Count, codeOrder, countsOf, getOrAdd, orderKeys } from './tally';

/** The operations of one month (`YYYY-MM`, or NOT_RECORDED for those with no date), per hospital. */
export interface MonthRow {
  month: string;
  total: number;
  /** Operations by hospital id; a hospital with none that month is absent. */
  byHospital: Record<string, number>;
}

/**
 * How many operations, and where, when and of what kind. Each count is of live operations (surgery
 * episodes); each list adds up to `total`, with NOT_RECORDED for operations that do not say.
 */
export interface OperationsReport {
  total: number;
  /** Every month from the first to the last operation, those with none included, so a chart has no gaps. */
  months: MonthRow[];
  /** Hospital ids in display order (the order of `byHospital` and of a month's columns). */
  hospitals: string[];
  byHospital: Count[];
  /** By the region of the operation's hospital (reference data); NOT_RECORDED when it has none. */
  byRegion: Count[];
  /** Every hernia site, zero included. */
  byHerniaSite: Count[];
  /** Planned and emergency (CEPOD), zero included. */
  byCepod: Count[];
}

const emptyMonth = (month: string): MonthRow => ({ month, total: 0, byHospital: {} });

export function operationsReport(
  facts: readonly OperationFacts[],
  compareHospitals: (a: string, b: string) => number,
): OperationsReport {
  const months = new Map<string, MonthRow>();
  const hospitals = new Map<string, number>();
  const regions = new Map<string, number>();
  const sites = new Map<string, number>();
  const cepods = new Map<string, number>();
  for (const fact of facts) {
    const row = getOrAdd(months, fact.month, () => emptyMonth(fact.month));
    row.total++;
    row.byHospital[fact.hospital] = (row.byHospital[fact.hospital] ?? 0) + 1;
    bump(hospitals, fact.hospital);
    bump(regions, fact.region);
    bump(sites, fact.herniaSite);
    bump(cepods, fact.cepod);
  }
  const hospitalOrder = orderKeys(hospitals.keys(), compareHospitals);
  return {
    total: facts.length,
    months: monthSpan(months.keys()).map((month) => months.get(month) ?? emptyMonth(month)),
    hospitals: hospitalOrder,
    byHospital: countsOf(hospitals, hospitalOrder),
    byRegion: countsOf(regions, orderKeys(regions.keys())),
    byHerniaSite: countsOf(sites, codeOrder(HERNIA_SITES, sites.keys())),
    byCepod: countsOf(cepods, codeOrder(CEPOD_CATEGORIES, cepods.keys())),
  };
}

/** Every month from the earliest to the latest of `months`, then NOT_RECORDED if it was among them. */
export function monthSpan(months: Iterable<string>): string[] {
  const ordered = orderKeys(months);
  const known = ordered.filter((month) => month !== NOT_RECORDED);
  const first = known[0];
  const last = known.at(-1);
  const span: string[] = [];
  if (first !== undefined && last !== undefined)
    for (let month = first; month <= last; month = nextMonth(month)) span.push(month);
  return ordered.at(-1) === NOT_RECORDED ? [...span, NOT_RECORDED] : span;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  return next > 12 ? `${year + 1}-01` : `${year}-${String(next).padStart(2, '0')}`;
}
