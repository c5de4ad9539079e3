import { createVersion, softDeleteVersion, type Version, type WriteContext } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { chartStates } from '../local/patient-summary';
import { defaultHospitalId, defaultSurgeryId, logEntriesOf, operationsOf } from './chart-episodes';
import { EPISODE, HOSPITAL, PATIENT, SURGEON } from './test-fixtures';

let n = 0;
const ctx = (minute = 0): WriteContext => ({
  now: new Date(Date.UTC(2026, 10, 22, 9, minute)),
  newId: () => `0192f4c0-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`,
  authorId: SURGEON,
  deviceId: 'test',
});

const surgery = (date: string | undefined, minute = 0) =>
  createVersion(ctx(minute), 'episode', { type: 'surgery', patientId: PATIENT, hospitalId: HOSPITAL, date });
const entry = (at: string | undefined, minute = 0) =>
  createVersion(ctx(minute), 'eventLog', { kind: 'note', episodeId: EPISODE, patientId: PATIENT, at });

describe('operationsOf and defaultSurgeryId', () => {
  const older = surgery('2026-10-01');
  const newer = surgery('2026-11-01');
  const undated = surgery(undefined, 5);
  const deleted = softDeleteVersion(ctx(9), surgery('2026-11-20'));
  const versions: Version[] = [older, newer, undated, deleted];
  const states = chartStates(versions);

  it('lists live operations, latest first, undated last', () => {
    expect(operationsOf(states).map((s) => s.entityId)).toEqual([
      newer.entityId,
      older.entityId,
      undated.entityId,
    ]);
  });

  it('links to the operation asked for, else the latest', () => {
    expect(defaultSurgeryId(states, older.entityId)).toBe(older.entityId);
    expect(defaultSurgeryId(states, deleted.entityId)).toBe(newer.entityId);
    expect(defaultSurgeryId(states, null)).toBe(newer.entityId);
    expect(defaultSurgeryId(chartStates([]), 'x')).toBe('');
  });
});

describe('defaultHospitalId', () => {
  const OTHER = '0192f4c0-0000-7000-8000-000000000002';
  it('prefers the operation hospital, then a surgeon own hospital or the patient hospital', () => {
    const surgeon = { role: 'surgeon' as const, hospitalIds: [HOSPITAL] };
    const coordinator = { role: 'coordinator' as const, hospitalIds: [HOSPITAL] };
    expect(defaultHospitalId(surgeon, OTHER)).toBe(HOSPITAL);
    expect(defaultHospitalId(coordinator, OTHER)).toBe(OTHER);
    expect(defaultHospitalId(coordinator, OTHER, HOSPITAL)).toBe(HOSPITAL);
    expect(defaultHospitalId(surgeon, undefined, OTHER)).toBe(HOSPITAL);
    expect(defaultHospitalId({ role: 'admin', hospitalIds: [] }, undefined)).toBe('');
  });
});

describe('logEntriesOf', () => {
  it('lists the live entries of the episode in the order they happened', () => {
    const late = entry('2026-11-21T10:00', 1);
    const early = entry('2026-11-21T08:30', 2);
    const dayOnly = entry('2026-11-20', 3);
    const undated = entry(undefined, 4);
    const gone = softDeleteVersion(ctx(6), entry('2026-11-21T09:00', 5));
    const elsewhere = createVersion(ctx(), 'eventLog', {
      kind: 'note',
      episodeId: HOSPITAL,
      patientId: PATIENT,
    });
    const states = chartStates([late, early, dayOnly, undated, gone, elsewhere]);
    expect(logEntriesOf(states, EPISODE).map((s) => s.entityId)).toEqual([
      dayOnly.entityId,
      early.entityId,
      late.entityId,
      undated.entityId,
    ]);
  });
});
