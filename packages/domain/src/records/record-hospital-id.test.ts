import { describe, expect, it } from 'vitest';
import { recordHospitalId } from './record-hospital-id';
import { HOSPITAL, OTHER_HOSPITAL } from './test-ids';

describe('recordHospitalId', () => {
  it('scopes a patient by the hospital that registered it', () => {
    expect(recordHospitalId('patient', { registeredHospitalId: HOSPITAL, hospitalId: OTHER_HOSPITAL })).toBe(
      HOSPITAL,
    );
  });

  it('scopes episodes and log entries by their own hospital', () => {
    expect(recordHospitalId('episode', { hospitalId: HOSPITAL })).toBe(HOSPITAL);
    expect(recordHospitalId('eventLog', { hospitalId: OTHER_HOSPITAL })).toBe(OTHER_HOSPITAL);
  });

  it('gives nothing when the data does not say', () => {
    expect(recordHospitalId('episode', { registeredHospitalId: HOSPITAL })).toBeUndefined();
    expect(recordHospitalId('patient', { registeredHospitalId: ' ' })).toBeUndefined();
    expect(recordHospitalId('patient', { registeredHospitalId: 7 })).toBeUndefined();
    expect(recordHospitalId('eventLog', null)).toBeUndefined();
  });
});
