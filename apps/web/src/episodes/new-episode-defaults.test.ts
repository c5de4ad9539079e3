import { createVersion, type WriteContext } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { chartStates } from '../local/patient-summary';
import { newEpisodeDefaults, newEpisodeDraftKey } from './new-episode-defaults';
import { HOSPITAL, NURSE, PATIENT, SURGEON } from './test-fixtures';

const CAMP = '0192f4c0-0000-7000-8000-000000000002';
let n = 0;
const ctx: WriteContext = {
  now: new Date('2026-11-22T09:00:00Z'),
  newId: () => `0192f4c0-0000-7000-8000-1${(++n).toString(16).padStart(11, '0')}`,
  authorId: SURGEON,
  deviceId: 'test',
};
const patient = createVersion(ctx, 'patient', { fullName: 'Amina', registeredHospitalId: HOSPITAL }, PATIENT);
const atCamp = createVersion(ctx, 'episode', {
  type: 'surgery',
  patientId: PATIENT,
  hospitalId: CAMP,
  date: '2026-11-01',
});
const earlier = createVersion(ctx, 'episode', {
  type: 'surgery',
  patientId: PATIENT,
  hospitalId: HOSPITAL,
  date: '2026-01-01',
});
const states = chartStates([patient, atCamp, earlier]);
const surgeon = { id: SURGEON, role: 'surgeon' as const, hospitalIds: [HOSPITAL, CAMP] };
const coordinator = { id: NURSE, role: 'coordinator' as const, hospitalIds: [] };
const base = { patientId: PATIENT, states, today: '2026-11-22' };

describe('newEpisodeDefaults', () => {
  it('opens an operation on today, at the surgeon hospital, with the surgeon as primary', () => {
    const values = newEpisodeDefaults({ ...base, type: 'surgery', user: surgeon });
    expect(values).toMatchObject({ date: '2026-11-22', hospitalId: HOSPITAL, primarySurgeonId: SURGEON });
    expect(values.side).toBe('');
  });

  it('gives a coordinator the patient hospital and no surgeon', () => {
    const values = newEpisodeDefaults({ ...base, type: 'surgery', user: coordinator });
    expect(values).toMatchObject({ hospitalId: HOSPITAL, primarySurgeonId: '' });
  });

  it('links a discharge to the operation asked for, else the latest, at its hospital', () => {
    expect(newEpisodeDefaults({ ...base, type: 'discharge', user: surgeon })).toMatchObject({
      surgeryEpisodeId: atCamp.entityId,
      hospitalId: CAMP,
    });
    expect(
      newEpisodeDefaults({ ...base, type: 'followUp', user: surgeon, requestedSurgeryId: earlier.entityId }),
    ).toMatchObject({ surgeryEpisodeId: earlier.entityId, hospitalId: HOSPITAL });
  });

  it('keeps drafts apart per operation named', () => {
    expect(newEpisodeDraftKey('surgery', PATIENT, 'x')).toBe(`episode:new:surgery:${PATIENT}`);
    expect(newEpisodeDraftKey('discharge', PATIENT, 'x')).toBe(`episode:new:discharge:${PATIENT}:x`);
    expect(newEpisodeDraftKey('followUp', PATIENT, null)).toBe(`episode:new:followUp:${PATIENT}`);
  });
});
