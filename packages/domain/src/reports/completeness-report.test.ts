import { describe, expect, it } from 'vitest';
import { idFor } from '../test-support/arbitraries';
import { buildReports } from './build-reports';
import { discharge, followUp, HOSPITAL_A, HOSPITAL_B, HOSPITALS, patient, STAFF } from './test-records';

const OPERATION = idFor('88888888', 1);
const A = { hospitalId: HOSPITAL_A, date: '2026-02-01' };
const everyFinding = {
  pain: 'none',
  meshAwareness: 'no',
  infection: 'no',
  seroma: 'no',
  numbness: 'no',
  recurrence: 'no',
  furtherSurgeryNeeded: 'no',
};

const completeness = buildReports({
  patients: [
    patient({ registeredHospitalId: HOSPITAL_A, gender: 'female', birthYear: 1970 }),
    patient({ registeredHospitalId: HOSPITAL_A, gender: 'male' }),
    patient({ registeredHospitalId: HOSPITAL_B }),
    patient({ registeredHospitalId: HOSPITAL_B }, true),
  ],
  episodes: [
    // Missing whether there were complications, and the antibiotics on discharge.
    discharge(OPERATION, A),
    // Two "other" complications without their text: one missing field, counted once for the record.
    discharge(OPERATION, {
      ...A,
      anyComplications: 'yes',
      complications: [{ code: 'other' }, { code: 'other' }],
      antibioticsOnDischarge: 'no',
    }),
    followUp(OPERATION, { hospitalId: HOSPITAL_B, date: '2026-04-01', ...everyFinding }),
  ],
  hospitals: HOSPITALS,
  staff: STAFF,
  asOf: '2026-06-30',
}).completeness;

describe('completeness report', () => {
  it('counts complete records of each kind, leaving the deleted out', () => {
    expect(completeness.byKind).toEqual({
      patient: { count: 1, of: 3 },
      surgery: { count: 0, of: 0 },
      discharge: { count: 0, of: 2 },
      followUp: { count: 1, of: 1 },
    });
    expect(completeness.all).toEqual({ count: 2, of: 6 });
  });

  it('counts by hospital, in the order of their names', () => {
    expect(completeness.byHospital.map((row) => [row.hospitalId, row.all])).toEqual([
      [HOSPITAL_B, { count: 1, of: 2 }],
      [HOSPITAL_A, { count: 1, of: 4 }],
    ]);
    expect(completeness.byHospital[1]?.byKind.discharge).toEqual({ count: 0, of: 2 });
  });

  it('lists the fields most often missing first, a list item field once per record', () => {
    expect(completeness.mostMissing).toEqual([
      { kind: 'patient', field: 'birthYear', missing: { count: 2, of: 3 } },
      { kind: 'patient', field: 'gender', missing: { count: 1, of: 3 } },
      { kind: 'discharge', field: 'antibioticsOnDischarge', missing: { count: 1, of: 2 } },
      { kind: 'discharge', field: 'anyComplications', missing: { count: 1, of: 2 } },
      { kind: 'discharge', field: 'complications.*.text', missing: { count: 1, of: 2 } },
    ]);
  });
});
