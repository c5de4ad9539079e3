import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPISODE_TYPES } from '../lists/episode-types';
import { EPISODE, HOSPITAL, NURSE, OTHER_HOSPITAL, PATIENT, SURGEON } from '../records/test-ids';
import {
  COMPLETENESS_FILTERS,
  CONFLICT_FILTERS,
  type ReviewFilter,
  reviewFilterParams,
  reviewFilterPredicate,
  reviewFilterSchema,
} from './review-filter';
import type { ReviewRecord } from './review-record';

// The filters of the review tables, the reports and the exports: one predicate on the device and the
// server, so what a screen shows and what a file holds are the same records.

const UNKNOWN_HOSPITAL = '0192f4c0-0000-7000-8000-000000000009';
const REGIONS: Readonly<Record<string, string>> = { [HOSPITAL]: 'pwani', [OTHER_HOSPITAL]: 'mwanza' };
const regionOf = (hospitalId: string) => REGIONS[hospitalId];
const matches = (filter: ReviewFilter, record: ReviewRecord) =>
  reviewFilterPredicate(filter, regionOf)(record);

/** A surgery with every field the reports need. */
const COMPLETE_SURGERY = {
  type: 'surgery',
  patientId: PATIENT,
  hospitalId: HOSPITAL,
  date: '2026-11-20',
  herniaSite: 'inguinal',
  cepod: 'planned',
  side: 'left',
  occurrence: 'primary',
  herniaType: 'direct',
  size: 'small',
  complexity: 'simple',
  meshType: 'tnmhp',
  anaesthetic: 'local',
  diathermyUsed: 'unknown',
  prophylacticAntibiotics: 'no',
  additionalProcedure: 'none',
  primarySurgeonId: SURGEON,
};

function episode(data: Record<string, unknown> = {}, state: Partial<ReviewRecord> = {}): ReviewRecord {
  const full = { ...COMPLETE_SURGERY, ...data };
  return {
    entity: 'episode',
    entityId: EPISODE,
    data: full,
    hospitalId: typeof full.hospitalId === 'string' ? full.hospitalId : undefined,
    date: typeof full.date === 'string' ? full.date : undefined,
    inConflict: false,
    deleted: false,
    ...state,
  };
}

function patient(data: Record<string, unknown> = {}, state: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    entity: 'patient',
    entityId: PATIENT,
    data: {
      fullName: 'Amina Juma',
      gender: 'female',
      birthYear: 1984,
      registeredHospitalId: HOSPITAL,
      ...data,
    },
    hospitalId: HOSPITAL,
    date: '2026-11-02',
    inConflict: false,
    deleted: false,
    ...state,
  };
}

const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const reviewRecord: fc.Arbitrary<ReviewRecord> = fc
  .record({
    entity: fc.constantFrom('patient' as const, 'episode' as const),
    hospitalId: fc.option(fc.constantFrom(HOSPITAL, OTHER_HOSPITAL, UNKNOWN_HOSPITAL), { nil: undefined }),
    date: fc.option(day, { nil: undefined }),
    inConflict: fc.boolean(),
    deleted: fc.boolean(),
    type: fc.constantFrom(...EPISODE_TYPES),
    /** Where the episode names a person, if anywhere. */
    named: fc.option(
      fc.record({
        person: fc.constantFrom(SURGEON, NURSE),
        as: fc.constantFrom('primarySurgeonId', 'secondarySurgeonId', 'tertiarySurgeonId', 'attendeeIds'),
      }),
      { nil: undefined },
    ),
    missingCount: fc.option(fc.nat(3), { nil: undefined }),
  })
  .map(({ entity, type, named, missingCount, ...state }) => {
    const data =
      entity === 'patient'
        ? { fullName: 'Amina Juma', registeredHospitalId: state.hospitalId }
        : {
            type,
            hospitalId: state.hospitalId,
            date: state.date,
            ...(named ? { [named.as]: named.as === 'attendeeIds' ? [named.person] : named.person } : {}),
          };
    return {
      entity,
      entityId: EPISODE,
      data,
      ...state,
      ...(missingCount === undefined ? {} : { missingCount }),
    };
  });

const FILTER_VALUES: { [name in keyof Required<ReviewFilter>]: fc.Arbitrary<ReviewFilter[name]> } = {
  from: day,
  to: day,
  hospitalId: fc.constantFrom(HOSPITAL, OTHER_HOSPITAL),
  region: fc.constantFrom('pwani', 'mwanza', ' pwani ', 'PWANI'),
  surgeonId: fc.constantFrom(SURGEON, NURSE),
  type: fc.constantFrom(...EPISODE_TYPES),
  completeness: fc.constantFrom(...COMPLETENESS_FILTERS),
  conflict: fc.constantFrom(...CONFLICT_FILTERS),
  includeDeleted: fc.constantFrom('true' as const, 'false' as const),
};

/** A few filters at a time, as people pick them, so that records often pass them all. */
const filterInput: fc.Arbitrary<ReviewFilter> = fc
  .subarray(Object.keys(FILTER_VALUES) as (keyof ReviewFilter)[], { minLength: 1, maxLength: 4 })
  .chain((names) => fc.record(Object.fromEntries(names.map((name) => [name, FILTER_VALUES[name]]))))
  .map((filter) => filter as ReviewFilter);

describe('reviewFilterPredicate', () => {
  it('takes both ends of a date range as inside it', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, date) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const record = episode({ date });
        expect(matches({ from, to }, record)).toBe(from <= date && date <= to);
        expect(matches({ from }, record)).toBe(from <= date);
        expect(matches({ to }, record)).toBe(date <= to);
      }),
    );
    expect(matches({ from: '2026-11-20', to: '2026-11-20' }, episode({ date: '2026-11-20' }))).toBe(true);
  });

  it('matches no date range with a record whose date is unknown, and any record without a range', () => {
    const undated = [episode({ date: undefined }), patient({}, { date: undefined })];
    for (const record of undated) {
      expect(matches({ from: '2020-01-01' }, record)).toBe(false);
      expect(matches({ to: '2030-12-31' }, record)).toBe(false);
      expect(matches({}, record)).toBe(true);
    }
  });

  it("selects a region by the region of the record's hospital", () => {
    expect(matches({ region: 'pwani' }, episode())).toBe(true);
    expect(matches({ region: 'mwanza' }, episode())).toBe(false);
    expect(matches({ region: 'mwanza' }, episode({ hospitalId: OTHER_HOSPITAL }))).toBe(true);
    expect(matches({ region: 'pwani' }, patient())).toBe(true);
    // As the schema reads it: the spaces around a region are not part of it.
    expect(matches({ region: ' pwani ' }, episode())).toBe(true);
    // A hospital without a region, or no hospital at all, is in no region.
    expect(matches({ region: 'pwani' }, episode({ hospitalId: UNKNOWN_HOSPITAL }))).toBe(false);
    expect(matches({ region: 'pwani' }, episode({ hospitalId: undefined }))).toBe(false);
  });

  it('selects a hospital', () => {
    expect(matches({ hospitalId: HOSPITAL }, episode())).toBe(true);
    expect(matches({ hospitalId: OTHER_HOSPITAL }, episode())).toBe(false);
    expect(matches({ hospitalId: HOSPITAL }, episode({ hospitalId: undefined }))).toBe(false);
  });

  it('selects a surgeon as primary, second or third surgeon or as one of those present', () => {
    const named = (field: string, value: unknown) => episode({ primarySurgeonId: undefined, [field]: value });
    for (const field of ['primarySurgeonId', 'secondarySurgeonId', 'tertiarySurgeonId']) {
      expect(matches({ surgeonId: NURSE }, named(field, NURSE))).toBe(true);
      expect(matches({ surgeonId: SURGEON }, named(field, NURSE))).toBe(false);
    }
    expect(matches({ surgeonId: NURSE }, named('attendeeIds', [SURGEON, NURSE]))).toBe(true);
    expect(matches({ surgeonId: NURSE }, named('attendeeIds', [SURGEON]))).toBe(false);
    expect(matches({ surgeonId: NURSE }, named('attendeeIds', NURSE))).toBe(false);
  });

  it('selects an episode type', () => {
    expect(matches({ type: 'surgery' }, episode())).toBe(true);
    expect(matches({ type: 'discharge' }, episode())).toBe(false);
    expect(matches({ type: 'followUp' }, episode({ type: 'followUp' }))).toBe(true);
  });

  it('matches no patient with a filter only episodes have', () => {
    fc.assert(
      fc.property(
        reviewRecord.filter((record) => record.entity === 'patient'),
        fc.oneof(
          fc.constantFrom(SURGEON, NURSE).map((surgeonId): ReviewFilter => ({ surgeonId })),
          fc.constantFrom(...EPISODE_TYPES).map((type): ReviewFilter => ({ type })),
        ),
        (record, filter) => {
          expect(matches({ ...filter, includeDeleted: 'true' }, record)).toBe(false);
        },
      ),
    );
    // Even a patient whose data happens to hold the fields an episode has.
    expect(matches({ surgeonId: SURGEON }, patient({ primarySurgeonId: SURGEON }))).toBe(false);
    expect(matches({ type: 'surgery' }, patient({ type: 'surgery' }))).toBe(false);
  });

  it('tells complete from incomplete records by the fields the reports need', () => {
    const complete = [episode(), patient()];
    const incomplete = [
      episode({ cepod: undefined }),
      episode({ herniaSite: ' ' }),
      patient({ birthYear: undefined }),
    ];
    for (const record of complete) {
      expect(matches({ completeness: 'complete' }, record)).toBe(true);
      expect(matches({ completeness: 'incomplete' }, record)).toBe(false);
    }
    for (const record of incomplete) {
      expect(matches({ completeness: 'complete' }, record)).toBe(false);
      expect(matches({ completeness: 'incomplete' }, record)).toBe(true);
    }
    // A count already made (the device's index) is trusted rather than made again.
    expect(matches({ completeness: 'incomplete' }, episode({}, { missingCount: 2 }))).toBe(true);
    expect(matches({ completeness: 'complete' }, episode({ cepod: undefined }, { missingCount: 0 }))).toBe(
      true,
    );
  });

  it('selects the records in conflict, or those without one', () => {
    const conflicted = episode({}, { inConflict: true });
    expect(matches({ conflict: 'only' }, conflicted)).toBe(true);
    expect(matches({ conflict: 'none' }, conflicted)).toBe(false);
    expect(matches({ conflict: 'only' }, episode())).toBe(false);
    expect(matches({ conflict: 'none' }, episode())).toBe(true);
  });

  it('hides deleted records unless includeDeleted is true', () => {
    fc.assert(
      fc.property(reviewRecord, (record) => {
        expect(matches({}, record)).toBe(!record.deleted);
        expect(matches({ includeDeleted: 'false' }, record)).toBe(!record.deleted);
        expect(matches({ includeDeleted: 'true' }, record)).toBe(true);
      }),
    );
  });

  it('keeps a record when it passes every filter given, each on its own', () => {
    fc.assert(
      fc.property(filterInput, reviewRecord, (filter, record) => {
        const { includeDeleted, ...narrowing } = filter;
        const each = Object.entries(narrowing).every(([name, value]) =>
          matches({ [name]: value, includeDeleted: 'true' }, record),
        );
        expect(matches(filter, record)).toBe(each && (!record.deleted || includeDeleted === 'true'));
      }),
    );
  });

  it('selects with a filter as given what it selects with the filter as the schema reads it', () => {
    fc.assert(
      fc.property(filterInput, reviewRecord, (input, record) => {
        const parsed = reviewFilterSchema.safeParse(input);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const read: ReviewFilter = {
          ...parsed.data,
          includeDeleted: parsed.data.includeDeleted ? 'true' : 'false',
        };
        expect(matches(input, record)).toBe(matches(read, record));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('reviewFilterSchema', () => {
  it('reads every filter from query-string values', () => {
    expect(
      reviewFilterSchema.parse({
        from: '2026-01-01',
        to: '2026-01-31',
        hospitalId: HOSPITAL,
        region: ' pwani ',
        surgeonId: SURGEON,
        type: 'followUp',
        completeness: 'incomplete',
        conflict: 'none',
        includeDeleted: 'true',
      }),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      hospitalId: HOSPITAL,
      region: 'pwani',
      surgeonId: SURGEON,
      type: 'followUp',
      completeness: 'incomplete',
      conflict: 'none',
      includeDeleted: true,
    });
    expect(reviewFilterSchema.parse({})).toEqual({ includeDeleted: false });
  });

  it('accepts a single day, and refuses a range that ends before it starts', () => {
    expect(reviewFilterSchema.safeParse({ from: '2026-01-31', to: '2026-01-31' }).success).toBe(true);
    const backwards = reviewFilterSchema.safeParse({ from: '2026-02-01', to: '2026-01-31' });
    expect(backwards.error?.issues).toEqual([
      expect.objectContaining({ path: ['from'], message: 'from must not be after to.' }),
    ]);
  });

  it('refuses an unknown parameter rather than ignore it', () => {
    const typo = reviewFilterSchema.safeParse({ regoin: 'pwani' });
    expect(typo.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['regoin'] }),
    ]);
  });

  it.each([
    [{ from: '2026-02-30' }, 'from must be a date written YYYY-MM-DD.'],
    [{ to: '1/2/2026' }, 'to must be a date written YYYY-MM-DD.'],
    [{ hospitalId: HOSPITAL.toUpperCase() }, 'hospitalId must be an id (a lower-case UUID).'],
    [{ surgeonId: 'Baraka' }, 'surgeonId must be an id (a lower-case UUID).'],
    [{ region: '  ' }, 'region must not be empty.'],
    [{ type: 'operation' }, 'type must be one of surgery, discharge, followUp.'],
    [{ completeness: 'partly' }, 'completeness must be complete or incomplete.'],
    [{ conflict: 'yes' }, 'conflict must be only or none.'],
    [{ includeDeleted: '1' }, 'includeDeleted must be true or false.'],
  ])('refuses %j with a sentence', (input, message) => {
    expect(reviewFilterSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      message,
    ]);
  });

  it('reads back the parameters it writes for a link', () => {
    fc.assert(
      fc.property(filterInput, (filter) => {
        const parsed = reviewFilterSchema.safeParse(filter);
        fc.pre(parsed.success);
        expect(reviewFilterSchema.parse(reviewFilterParams(filter))).toEqual(parsed.data);
      }),
    );
  });
});
