import { describe, expect, it } from 'vitest';
import { idFor } from '../test-support/arbitraries';
import { buildReports } from './build-reports';
import { NOT_RECORDED } from './shares';
import {
  discharge,
  followUp,
  HOSPITAL_A,
  HOSPITAL_B,
  HOSPITAL_C,
  HOSPITALS,
  STAFF,
  SURGEON_1,
  SURGEON_2,
  surgery,
} from './test-records';

const op = (n: number) => idFor('88888888', n);
const A = { hospitalId: HOSPITAL_A };
const B = { hospitalId: HOSPITAL_B };

// Six live operations, worked out by hand (asOf 2026-06-30; a follow-up is due 42 days after discharge):
// op1 A Jan planned inguinal S1: discharged next day, no complications; followed up, no recurrence.
// op2 A Jan emergency umbilical S1: bleeding on discharge after 3 nights; due, never followed up.
// op3 B Mar emergency inguinal S2: day case; follow-up finds a seroma and a recurrence.
// op4 B Jun, no site, no urgency, S2: discharged, date not written; not due yet.
// op5 C, no date, femoral planned, no surgeon: no discharge, so no date to count a follow-up from.
// op7 A Feb planned incisional S1: no discharge; follow-up (due from the operation) with answers unknown.
// op6 and a follow-up of op2 are deleted, and a discharge names an operation that is not there.
const episodes = [
  surgery(op(1), {
    ...A,
    date: '2026-01-10',
    herniaSite: 'inguinal',
    cepod: 'planned',
    primarySurgeonId: SURGEON_1,
  }),
  discharge(op(1), { ...A, date: '2026-01-11', anyComplications: 'no' }),
  followUp(op(1), { ...A, date: '2026-03-01', infection: 'no', recurrence: 'no' }),
  surgery(op(2), {
    ...A,
    date: '2026-01-20',
    herniaSite: 'umbilical',
    cepod: 'emergency',
    primarySurgeonId: SURGEON_1,
  }),
  discharge(op(2), {
    ...A,
    date: '2026-01-23',
    anyComplications: 'yes',
    complications: [{ code: 'bleeding' }],
  }),
  followUp(op(2), { ...A, date: '2026-03-10', recurrence: 'yes' }, true),
  surgery(op(3), {
    ...B,
    date: '2026-03-05',
    herniaSite: 'inguinal',
    cepod: 'emergency',
    primarySurgeonId: SURGEON_2,
  }),
  discharge(op(3), { ...B, date: '2026-03-05', anyComplications: 'no' }),
  followUp(op(3), { ...B, date: '2026-05-01', seroma: 'yes', recurrence: 'yes' }),
  surgery(op(4), { ...B, date: '2026-06-01', primarySurgeonId: SURGEON_2 }),
  discharge(op(4), B),
  surgery(op(5), { hospitalId: HOSPITAL_C, herniaSite: 'femoral', cepod: 'planned' }),
  surgery(op(6), { ...A, date: '2026-01-15', herniaSite: 'inguinal', cepod: 'planned' }, true),
  discharge(op(6), { ...A, date: '2026-01-16', anyComplications: 'yes' }),
  surgery(op(7), {
    ...A,
    date: '2026-02-10',
    herniaSite: 'incisional',
    cepod: 'planned',
    primarySurgeonId: SURGEON_1,
  }),
  followUp(op(7), { ...A, date: '2026-04-01', infection: 'unknown', recurrence: 'unknown' }),
  discharge(op(99), { ...A, date: '2026-02-01', anyComplications: 'yes' }),
];

const reports = buildReports({
  patients: [],
  episodes,
  hospitals: HOSPITALS,
  staff: STAFF,
  asOf: '2026-06-30',
});

describe('buildReports over hand-made records', () => {
  it('counts live operations per month and hospital, with every month of the span and the undated last', () => {
    const { operations } = reports;
    expect(operations.total).toBe(6);
    expect(operations.hospitals).toEqual([HOSPITAL_B, HOSPITAL_C, HOSPITAL_A]);
    expect(operations.months).toEqual([
      { month: '2026-01', total: 2, byHospital: { [HOSPITAL_A]: 2 } },
      { month: '2026-02', total: 1, byHospital: { [HOSPITAL_A]: 1 } },
      { month: '2026-03', total: 1, byHospital: { [HOSPITAL_B]: 1 } },
      { month: '2026-04', total: 0, byHospital: {} },
      { month: '2026-05', total: 0, byHospital: {} },
      { month: '2026-06', total: 1, byHospital: { [HOSPITAL_B]: 1 } },
      { month: NOT_RECORDED, total: 1, byHospital: { [HOSPITAL_C]: 1 } },
    ]);
    expect(operations.byHospital).toEqual([
      { key: HOSPITAL_B, count: 2 },
      { key: HOSPITAL_C, count: 1 },
      { key: HOSPITAL_A, count: 3 },
    ]);
  });

  it('counts by region, hernia site and urgency, keeping the unrecorded visible', () => {
    const { operations } = reports;
    expect(operations.byRegion).toEqual([
      { key: 'Arusha', count: 2 },
      { key: 'Mbeya', count: 3 },
      { key: NOT_RECORDED, count: 1 },
    ]);
    expect(operations.byHerniaSite).toEqual([
      { key: 'inguinal', count: 2 },
      { key: 'femoral', count: 1 },
      { key: 'incisional', count: 1 },
      { key: 'umbilical', count: 1 },
      { key: 'epigastric', count: 0 },
      { key: 'other', count: 0 },
      { key: NOT_RECORDED, count: 1 },
    ]);
    expect(operations.byCepod).toEqual([
      { key: 'planned', count: 3 },
      { key: 'emergency', count: 2 },
      { key: NOT_RECORDED, count: 1 },
    ]);
  });

  it('works out the rates among known answers, with the unknown beside them', () => {
    expect(reports.outcomes).toEqual({
      operations: 6,
      emergency: { count: 2, of: 5, notRecorded: 1 },
      // op2 (bleeding), op3 (seroma) of op1, op2, op3; op4, op5, op7 say nothing either way.
      complications: { count: 2, of: 3, notRecorded: 3 },
      // op1, op3, op7 of op1, op2, op3, op7 (due from its operation); op5 has no date, op4 is not due yet.
      followUp: { count: 3, of: 4, notRecorded: 1 },
      recurrence: { count: 1, of: 2, notRecorded: 1 },
    });
  });

  it('measures the length of stay over discharges with both dates', () => {
    expect(reports.lengthOfStay).toEqual({
      measured: 3,
      median: 1,
      mean: 4 / 3,
      bands: [
        { key: '0', count: 1 },
        { key: '1', count: 1 },
        { key: '2', count: 0 },
        { key: '3-4', count: 1 },
        { key: '5-7', count: 0 },
        { key: '8-14', count: 0 },
        { key: '15+', count: 0 },
      ],
      notRecorded: 1,
      noDischarge: 2,
    });
  });

  it('sums up each primary surgeon, busiest first, operations without one last', () => {
    expect(reports.surgeons).toEqual([
      {
        surgeonId: SURGEON_1,
        operations: 3,
        emergency: { count: 1, of: 3, notRecorded: 0 },
        complications: { count: 1, of: 2, notRecorded: 1 },
        followUp: { count: 2, of: 3, notRecorded: 0 },
        recurrence: { count: 0, of: 1, notRecorded: 1 },
      },
      {
        surgeonId: SURGEON_2,
        operations: 2,
        emergency: { count: 1, of: 1, notRecorded: 1 },
        complications: { count: 1, of: 1, notRecorded: 1 },
        followUp: { count: 1, of: 1, notRecorded: 0 },
        recurrence: { count: 1, of: 1, notRecorded: 0 },
      },
      {
        surgeonId: NOT_RECORDED,
        operations: 1,
        emergency: { count: 0, of: 1, notRecorded: 0 },
        complications: { count: 0, of: 0, notRecorded: 1 },
        followUp: { count: 0, of: 0, notRecorded: 1 },
        recurrence: { count: 0, of: 0, notRecorded: 0 },
      },
    ]);
  });
});

describe('buildReports, one rule at a time', () => {
  const report = (...records: ReturnType<typeof surgery>[]) =>
    buildReports({ patients: [], episodes: records, hospitals: HOSPITALS, staff: STAFF, asOf: '2026-06-30' });

  it('counts a follow-up as due on the 42nd day after discharge, not the day before', () => {
    const due = (asOf: string) =>
      buildReports({
        patients: [],
        episodes: [
          surgery(op(1), { ...A, date: '2026-05-01' }),
          discharge(op(1), { ...A, date: '2026-05-02' }),
        ],
        hospitals: HOSPITALS,
        staff: STAFF,
        asOf,
      }).outcomes.followUp;
    expect(due('2026-06-12')).toEqual({ count: 0, of: 0, notRecorded: 0 });
    expect(due('2026-06-13')).toEqual({ count: 0, of: 1, notRecorded: 0 });
  });

  it('reads the earliest discharge as the end of the stay, whatever order the records come in', () => {
    const records = [
      surgery(op(1), { ...A, date: '2026-05-01' }),
      discharge(op(1), { ...A, date: '2026-05-09' }),
      discharge(op(1), { ...A, date: '2026-05-03' }),
      discharge(op(1), A),
    ];
    expect(report(...records).lengthOfStay.median).toBe(2);
    expect(report(...records.reverse()).lengthOfStay.median).toBe(2);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const stays = [0, 1, 4, 9].flatMap((nights, i) => [
      surgery(op(i), { ...A, date: '2026-05-01' }),
      discharge(op(i), { ...A, date: `2026-05-${String(1 + nights).padStart(2, '0')}` }),
    ]);
    expect(report(...stays).lengthOfStay).toMatchObject({ measured: 4, median: 2.5, mean: 3.5 });
  });

  it('counts a complication listed on the operation itself', () => {
    const listed = surgery(op(1), { ...A, complications: [{ code: 'other', text: 'Bladder injury' }] });
    expect(report(listed).outcomes.complications).toEqual({ count: 1, of: 1, notRecorded: 0 });
  });

  it('keeps a region-less hospital and an unknown hospital apart from each other', () => {
    const unknown = idFor('44444444', 9);
    const { operations } = report(
      surgery(op(1), { hospitalId: HOSPITAL_C }),
      surgery(op(2), { hospitalId: unknown }),
    );
    // A hospital missing from the reference data is shown by its id, which sorts before any name.
    expect(operations.hospitals).toEqual([unknown, HOSPITAL_C]);
    expect(operations.byRegion).toEqual([{ key: NOT_RECORDED, count: 2 }]);
  });

  it('makes empty reports of no records', () => {
    const { operations, outcomes, lengthOfStay, surgeons } = report();
    expect(operations.months).toEqual([]);
    expect(operations.total).toBe(0);
    expect(outcomes.followUp).toEqual({ count: 0, of: 0, notRecorded: 0 });
    expect(lengthOfStay.median).toBeUndefined();
    expect(surgeons).toEqual([]);
  });
});
