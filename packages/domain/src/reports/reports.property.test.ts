import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CEPOD_CATEGORIES, HERNIA_SITES } from '../lists/surgery-lists';
import { TRI_STATES } from '../lists/tri-state';
import { reviewFilterPredicate } from '../review/review-filter';
import type { ReviewRecord } from '../review/review-record';
import { idFor } from '../test-support/arbitraries';
import { buildReports, type Reports } from './build-reports';
import { selectReportRecords } from './select-report-records';
import type { Share } from './shares';
import {
  discharge,
  followUp,
  HOSPITAL_A,
  HOSPITAL_B,
  HOSPITAL_C,
  HOSPITALS,
  patient,
  STAFF,
  SURGEON_1,
  SURGEON_2,
  surgery,
} from './test-records';

/** A hospital the reference data does not know (removed, or not yet synced). */
const UNKNOWN_HOSPITAL = idFor('44444444', 9);
const HOSPITAL_IDS = [HOSPITAL_A, HOSPITAL_B, HOSPITAL_C, UNKNOWN_HOSPITAL];
const op = (n: number) => idFor('88888888', n);

const day = fc
  .integer({ min: 0, max: 500 })
  .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const triState = maybe(fc.constantFrom(...TRI_STATES));

const operationArb = fc.record({
  hospitalId: fc.constantFrom(...HOSPITAL_IDS),
  date: maybe(day),
  herniaSite: maybe(fc.constantFrom(...HERNIA_SITES, 'aSiteFromANewerApp')),
  cepod: maybe(fc.constantFrom(...CEPOD_CATEGORIES)),
  primarySurgeonId: maybe(fc.constantFrom(SURGEON_1, SURGEON_2, idFor('55555555', 9))),
  deleted: fc.boolean(),
});
const linkedArb = fc.record({
  type: fc.constantFrom('discharge', 'followUp'),
  /** Which operation it names; past the last one it names an operation that is not there. */
  target: fc.nat(),
  hospitalId: fc.constantFrom(...HOSPITAL_IDS),
  date: maybe(day),
  anyComplications: triState,
  infection: triState,
  recurrence: triState,
  deleted: fc.boolean(),
});
const patientArb = fc.record({
  registeredHospitalId: fc.constantFrom(...HOSPITAL_IDS),
  gender: maybe(fc.constantFrom('female', 'male')),
  birthYear: maybe(fc.integer({ min: 1930, max: 2020 })),
  deleted: fc.boolean(),
});

const strip = <T extends object>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

const recordsArb = fc
  .record({
    operations: fc.array(operationArb, { maxLength: 30 }),
    linked: fc.array(linkedArb, { maxLength: 40 }),
    patients: fc.array(patientArb, { maxLength: 10 }),
  })
  .map(({ operations, linked, patients }) => ({
    episodes: [
      ...operations.map(({ deleted, ...data }, i) => surgery(op(i), strip(data), deleted)),
      ...linked.map(({ type, target, deleted, ...data }) => {
        const operationId = op(target % (operations.length + 1));
        return (type === 'discharge' ? discharge : followUp)(operationId, strip(data), deleted);
      }),
    ],
    patients: patients.map(({ deleted, ...data }) => patient(strip(data), deleted)),
  }));

const reportsOf = (records: { patients: readonly ReviewRecord[]; episodes: readonly ReviewRecord[] }) =>
  buildReports({ ...records, hospitals: HOSPITALS, staff: STAFF, asOf: '2026-06-30' });
const sum = (counts: readonly { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);
const sumShares = (shares: readonly Share[]): Share => ({
  count: shares.reduce((total, s) => total + s.count, 0),
  of: shares.reduce((total, s) => total + s.of, 0),
});
const regionOf = (id: string) => HOSPITALS.find((h) => h.id === id)?.region;

describe('reports (properties)', () => {
  it('add up: every breakdown of the operations sums to the total, every rate stays within it', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const { operations, outcomes, lengthOfStay, surgeons, completeness }: Reports = reportsOf(records);
        const { total } = operations;
        expect(total).toBe(records.episodes.filter((e) => e.data.type === 'surgery' && !e.deleted).length);
        for (const breakdown of [
          operations.byHospital,
          operations.byRegion,
          operations.byHerniaSite,
          operations.byCepod,
        ])
          expect(sum(breakdown)).toBe(total);
        expect(operations.months.reduce((n, row) => n + row.total, 0)).toBe(total);
        for (const row of operations.months)
          expect(Object.values(row.byHospital).reduce((n, c) => n + c, 0)).toBe(row.total);
        expect(surgeons.reduce((n, row) => n + row.operations, 0)).toBe(total);
        expect(lengthOfStay.measured + lengthOfStay.notRecorded + lengthOfStay.noDischarge).toBe(total);
        expect(sum(lengthOfStay.bands)).toBe(lengthOfStay.measured);
        for (const rate of [
          outcomes.emergency,
          outcomes.complications,
          outcomes.followUp,
          outcomes.recurrence,
        ]) {
          expect(rate.count).toBeLessThanOrEqual(rate.of);
          expect(rate.of + rate.notRecorded).toBeLessThanOrEqual(total);
        }
        expect(outcomes.emergency.of + outcomes.emergency.notRecorded).toBe(total);
        expect(outcomes.complications.of + outcomes.complications.notRecorded).toBe(total);
        expect(sumShares(completeness.byHospital.map((row) => row.all))).toEqual(completeness.all);
      }),
    );
  });

  it('depend on the live records only, not on their order or on deleted ones', () => {
    fc.assert(
      fc.property(recordsArb, fc.nat(), (records, seed) => {
        const live = {
          patients: records.patients.filter((p) => !p.deleted),
          episodes: records.episodes.filter((e) => !e.deleted),
        };
        const rotate = <T>(list: readonly T[]) => {
          const at = list.length === 0 ? 0 : seed % list.length;
          return [...list.slice(at), ...list.slice(0, at)].reverse();
        };
        const reordered = { patients: rotate(records.patients), episodes: rotate(records.episodes) };
        expect(reportsOf(reordered)).toEqual(reportsOf(live));
      }),
    );
  });

  it('filtered to one hospital, count what the whole report gives that hospital', () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom(...HOSPITAL_IDS), (records, hospitalId) => {
        const whole = reportsOf(records);
        const one = reportsOf(selectReportRecords(records, reviewFilterPredicate({ hospitalId }, regionOf)));
        const column = whole.operations.byHospital.find((c) => c.key === hospitalId)?.count ?? 0;
        expect(one.operations.total).toBe(column);
        expect(one.operations.hospitals).toEqual(column === 0 ? [] : [hospitalId]);
      }),
    );
  });

  it('filtered to a date range, count the operations of the months inside it', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const whole = reportsOf(records);
        const filter = { from: '2025-03-01', to: '2025-08-31' };
        const inRange = reportsOf(selectReportRecords(records, reviewFilterPredicate(filter, regionOf)));
        const months = whole.operations.months.filter((m) => m.month >= '2025-03' && m.month <= '2025-08');
        expect(inRange.operations.total).toBe(months.reduce((n, m) => n + m.total, 0));
      }),
    );
  });
});
