import type { OperationsReport } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { monthSeries } from './month-series';

const report = (byHospital: Record<string, number>): OperationsReport => ({
  total: Object.values(byHospital).reduce((n, c) => n + c, 0),
  months: [{ month: '2026-01', total: Object.values(byHospital).reduce((n, c) => n + c, 0), byHospital }],
  hospitals: Object.keys(byHospital),
  byHospital: Object.entries(byHospital).map(([key, count]) => ({ key, count })),
  byRegion: [],
  byHerniaSite: [],
  byCepod: [],
});

describe('monthSeries', () => {
  it('names the busiest hospitals and sums the others, keeping each month’s total', () => {
    const { series, rows } = monthSeries(report({ a: 1, b: 5, c: 3, d: 2 }), 2);
    expect(series).toEqual([{ hospitalId: 'b' }, { hospitalId: 'c' }, { hospitalId: undefined }]);
    expect(rows).toEqual([{ month: '2026-01', counts: [5, 3, 3], total: 11 }]);
  });

  it('names a last hospital rather than call one hospital "others"', () => {
    const { series, rows } = monthSeries(report({ a: 1, b: 5, c: 3 }), 2);
    expect(series.map((s) => s.hospitalId)).toEqual(['b', 'c', 'a']);
    expect(rows[0]?.counts).toEqual([5, 3, 1]);
  });
});
