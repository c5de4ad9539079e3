import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPISODE, HOSPITAL, PATIENT, SURGEON, SURGERY } from '../records/test-ids';
import { createVersion, editVersion, softDeleteVersion } from '../versions/edits';
import { recordStates } from '../versions/heads';
import type { Version } from '../versions/version';
import type { WriteContext } from '../versions/write-context';
import { patientWorklist } from './patient-worklist';

let n = 0;
const ctx = (): WriteContext => ({
  now: new Date('2026-03-01T10:00:00Z'),
  newId: () => `0192f4c0-0000-7000-8000-${(0x900 + n++).toString(16).padStart(12, '0')}`,
  authorId: SURGEON,
  deviceId: 'device-1',
});

const patient = createVersion<Record<string, unknown>>(
  ctx(),
  'patient',
  { fullName: 'Juma Hamisi', registeredHospitalId: HOSPITAL },
  PATIENT,
);
const surgery = createVersion(
  ctx(),
  'episode',
  { type: 'surgery', patientId: PATIENT, hospitalId: HOSPITAL, date: '2026-02-01' },
  SURGERY,
);
const discharge = (date?: string) =>
  createVersion(
    ctx(),
    'episode',
    {
      type: 'discharge',
      patientId: PATIENT,
      hospitalId: HOSPITAL,
      surgeryEpisodeId: SURGERY,
      ...(date ? { date } : {}),
    },
    EPISODE,
  );
const worklist = (...versions: Version[]) => patientWorklist(recordStates(versions).values());

describe('patientWorklist', () => {
  it('lists an operation with no discharge as pending discharge', () => {
    const list = worklist(patient, surgery);
    expect(list.pendingDischarge).toEqual([{ surgeryId: SURGERY, date: '2026-02-01', hospitalId: HOSPITAL }]);
    expect(list.followUpDue).toEqual([]);
  });

  it('moves a discharged operation to follow-up due six weeks after the discharge', () => {
    const list = worklist(patient, surgery, discharge('2026-02-03'));
    expect(list.pendingDischarge).toEqual([]);
    expect(list.followUpDue).toEqual([
      { surgeryId: SURGERY, date: '2026-02-01', hospitalId: HOSPITAL, dueFrom: '2026-03-17' },
    ]);
  });

  it('counts from the operation when the discharge has no date', () => {
    expect(worklist(surgery, discharge()).followUpDue[0]?.dueFrom).toBe('2026-03-15');
  });

  it('drops an operation from every list once followed up', () => {
    const followUp = createVersion(ctx(), 'episode', {
      type: 'followUp',
      patientId: PATIENT,
      hospitalId: HOSPITAL,
      surgeryEpisodeId: SURGERY,
    });
    const list = worklist(surgery, discharge('2026-02-03'), followUp);
    expect(list.pendingDischarge).toEqual([]);
    expect(list.followUpDue).toEqual([]);
  });

  it('ignores a deleted discharge, so the operation waits for one again', () => {
    const d = discharge('2026-02-03');
    expect(worklist(surgery, d, softDeleteVersion(ctx(), d)).pendingDischarge).toHaveLength(1);
  });

  it('lists records in conflict and records missing report fields', () => {
    const a = editVersion(ctx(), patient, { ...patient.data, gender: 'male' });
    const b = editVersion(ctx(), patient, { ...patient.data, birthYear: 1980 });
    const list = worklist(patient, a, b, surgery);
    expect(list.conflictRecordIds).toEqual([PATIENT]);
    expect(list.incompleteRecordIds).toContain(SURGERY);
  });

  it('depends only on the set of versions, not the order they arrived in (property)', () => {
    const second = createVersion(ctx(), 'episode', {
      type: 'surgery',
      patientId: PATIENT,
      hospitalId: HOSPITAL,
      date: '2026-02-05',
    });
    const versions = [patient, surgery, second, discharge('2026-02-03')];
    const expected = worklist(...versions);
    fc.assert(
      fc.property(fc.shuffledSubarray(versions, { minLength: versions.length }), (shuffled) => {
        expect(worklist(...shuffled)).toEqual(expected);
      }),
    );
  });
});
