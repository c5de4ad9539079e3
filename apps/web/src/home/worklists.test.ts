import { describe, expect, it } from 'vitest';
import type { PatientSummary } from '../local/patient-summary';
import { buildWorklists } from './worklists';

const summary = (id: string, patch: Partial<PatientSummary> = {}): PatientSummary => ({
  patientId: id,
  patient: { fullName: id, registeredHospitalId: 'h' },
  deleted: false,
  inConflict: false,
  hospitalIds: [],
  changedAt: '2026-11-01T00:00:00Z',
  pendingDischarge: [],
  followUpDue: [],
  incompleteRecordIds: [],
  conflictRecordIds: [],
  ...patch,
});

describe('buildWorklists', () => {
  it('lists operations waiting for discharge, oldest first', () => {
    const lists = buildWorklists(
      [
        summary('b', { pendingDischarge: [{ surgeryId: 's2', date: '2026-11-20' }] }),
        summary('a', { pendingDischarge: [{ surgeryId: 's1', date: '2026-11-10' }] }),
      ],
      '2026-11-29',
    );
    expect(lists.pendingDischarge.map((i) => i.surgeryId)).toEqual(['s1', 's2']);
  });

  it('lists a follow-up only once it is due', () => {
    const lists = buildWorklists(
      [
        summary('due', { followUpDue: [{ surgeryId: 's1', dueFrom: '2026-11-29' }] }),
        summary('later', { followUpDue: [{ surgeryId: 's2', dueFrom: '2026-12-30' }] }),
      ],
      '2026-11-29',
    );
    expect(lists.followUpDue.map((i) => i.summary.patientId)).toEqual(['due']);
  });

  it('leaves out deleted and merged patients', () => {
    const lists = buildWorklists(
      [
        summary('deleted', { deleted: true, conflictRecordIds: ['x'] }),
        summary('merged', {
          patient: { fullName: 'm', registeredHospitalId: 'h', mergedInto: 'other' },
          incompleteRecordIds: ['y'],
        }),
        summary('kept', { conflictRecordIds: ['z'], incompleteRecordIds: ['z'] }),
      ],
      '2026-11-29',
    );
    expect(lists.conflicts.map((i) => i.summary.patientId)).toEqual(['kept']);
    expect(lists.incomplete.map((i) => i.summary.patientId)).toEqual(['kept']);
  });
});
