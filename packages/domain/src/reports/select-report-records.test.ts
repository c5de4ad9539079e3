import { describe, expect, it } from 'vitest';
import { reviewFilterPredicate } from '../review/review-filter';
import { idFor } from '../test-support/arbitraries';
import { selectReportRecords } from './select-report-records';
import { discharge, followUp, HOSPITAL_A, HOSPITAL_B, HOSPITALS, patient, surgery } from './test-records';

const regionOf = (id: string) => HOSPITALS.find((h) => h.id === id)?.region;
const ids = (records: readonly { entityId: string }[]) => records.map((r) => r.entityId);

describe('selectReportRecords', () => {
  const inside = surgery(idFor('88888888', 1), { hospitalId: HOSPITAL_A, date: '2026-03-31' });
  const outside = surgery(idFor('88888888', 2), { hospitalId: HOSPITAL_A, date: '2026-04-01' });
  // Discharged and followed up after the range, the follow-up at another hospital: still the operation's.
  const later = discharge(inside.entityId, { hospitalId: HOSPITAL_A, date: '2026-04-02' });
  const elsewhere = followUp(inside.entityId, { hospitalId: HOSPITAL_B, date: '2026-05-20' });
  const deleted = followUp(inside.entityId, { hospitalId: HOSPITAL_A, date: '2026-05-21' }, true);
  const ofOutside = discharge(outside.entityId, { hospitalId: HOSPITAL_A, date: '2026-03-30' });
  const registered = patient({ registeredHospitalId: HOSPITAL_A });
  const records = {
    patients: [registered, patient({ registeredHospitalId: HOSPITAL_B })],
    episodes: [ofOutside, elsewhere, inside, outside, later, deleted],
  };

  it('keeps the operations that match with all their live discharges and follow-ups', () => {
    const matches = reviewFilterPredicate({ to: '2026-03-31', hospitalId: HOSPITAL_A }, regionOf);
    const selected = selectReportRecords(records, matches);
    expect(ids(selected.episodes)).toEqual(ids([inside, elsewhere, later]));
  });

  it('keeps the patients that match by their registering hospital', () => {
    const matches = reviewFilterPredicate({ region: 'Mbeya' }, regionOf);
    expect(ids(selectReportRecords(records, matches).patients)).toEqual([registered.entityId]);
  });

  it('leaves out deleted records even when the filter includes them', () => {
    const matches = reviewFilterPredicate({ includeDeleted: 'true' }, regionOf);
    expect(ids(selectReportRecords(records, matches).episodes)).not.toContain(deleted.entityId);
  });
});
