import { describe, expect, it } from 'vitest';
import { REVIEW_FILTER_FIELDS } from './filter-fields';
import { type ReadOptions, readReviewParams, writeReviewParams } from './review-params';
import { sampleId } from './sample-entries';

const HOSPITAL = sampleId(9, 1);
const SURGEON = sampleId(8, 1);
const every: ReadOptions = { fields: REVIEW_FILTER_FIELDS, sortColumns: ['date', 'patient'] };
const read = (query: string, options = every) => readReviewParams(new URLSearchParams(query), options);

describe('reading a review address', () => {
  it('takes a full filter, sort and page', () => {
    const params = read(
      `from=2026-01-01&to=2026-03-31&hospitalId=${HOSPITAL}&region=mwanza&surgeonId=${SURGEON}` +
        '&type=surgery&completeness=incomplete&conflict=only&includeDeleted=true&sort=patient&dir=desc&page=3',
    );
    expect(params).toEqual({
      filter: {
        from: '2026-01-01',
        to: '2026-03-31',
        hospitalId: HOSPITAL,
        region: 'mwanza',
        surgeonId: SURGEON,
        type: 'surgery',
        completeness: 'incomplete',
        conflict: 'only',
        includeDeleted: 'true',
      },
      sort: { column: 'patient', direction: 'desc' },
      page: 3,
      problems: [],
    });
  });

  it('leaves out each unusable parameter, names it, and applies the rest', () => {
    const params = read(
      `hospitalId=${HOSPITAL}&from=2026-13-01&type=operation&hopsitalId=x&conflict=only&page=0&sort=secret&dir=up`,
    );
    expect(params.filter).toEqual({ hospitalId: HOSPITAL, conflict: 'only' });
    expect(params.sort).toBeUndefined();
    expect(params.page).toBe(1);
    expect(params.problems).toEqual(
      expect.arrayContaining([
        { param: 'hopsitalId', value: 'x', reason: 'unknown' },
        { param: 'from', value: '2026-13-01', reason: 'invalid' },
        { param: 'type', value: 'operation', reason: 'invalid' },
        { param: 'page', value: '0', reason: 'invalid' },
        { param: 'sort', value: 'secret', reason: 'invalid' },
        { param: 'dir', value: 'up', reason: 'invalid' },
      ]),
    );
    expect(params.problems).toHaveLength(6);
  });

  it('drops a start date after the end date, keeping the end', () => {
    const params = read('from=2026-05-01&to=2026-04-01');
    expect(params.filter).toEqual({ to: '2026-04-01' });
    expect(params.problems).toEqual([{ param: 'from', value: '2026-05-01', reason: 'range' }]);
  });

  it('does not apply filters the screen does not offer, and says so', () => {
    const patients = read(`surgeonId=${SURGEON}&type=surgery&region=mwanza`, {
      fields: ['dates', 'hospital', 'region', 'completeness', 'conflict', 'deleted'],
      sortColumns: ['name'],
    });
    expect(patients.filter).toEqual({ region: 'mwanza' });
    expect(patients.problems.map((p) => [p.param, p.reason])).toEqual([
      ['surgeonId', 'notHere'],
      ['type', 'notHere'],
    ]);
  });

  it('normalises values as the domain reads them', () => {
    expect(read('region=%20mwanza%20&includeDeleted=false').filter).toEqual({ region: 'mwanza' });
  });
});

describe('writing a review address', () => {
  it('round-trips, leaving out empty values, the first page and unusable parameters', () => {
    const state = {
      filter: { hospitalId: HOSPITAL, from: '2026-01-01', region: '', includeDeleted: 'false' as const },
      sort: { column: 'date', direction: 'asc' as const },
      page: 1,
    };
    const written = writeReviewParams(state);
    expect(written.toString()).toBe(`hospitalId=${HOSPITAL}&from=2026-01-01&sort=date&dir=asc`);
    expect(read(written.toString())).toEqual({
      filter: { hospitalId: HOSPITAL, from: '2026-01-01' },
      sort: state.sort,
      page: 1,
      problems: [],
    });
    expect(writeReviewParams({ filter: {}, page: 4 }).toString()).toBe('page=4');
  });
});
