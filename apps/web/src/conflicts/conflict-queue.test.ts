import { createVersion, editVersion, type Version, type WriteContext } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { conflictQueue } from './conflict-queue';

let n = 0;
const ctx = (at: string, authorId: string): WriteContext => ({
  now: new Date(at),
  newId: () => `0192f4c0-0000-7000-8000-${(n++).toString(16).padStart(12, '0')}`,
  authorId,
  deviceId: 'device',
});

function conflictedPatient(at: string): Version[] {
  const created = createVersion(ctx('2026-01-01T00:00:00Z', 'a'), 'patient', { fullName: 'Asha' });
  return [
    created,
    editVersion(ctx(at, 'b'), created, { fullName: 'Asha B' }),
    editVersion(ctx('2026-01-02T00:00:00Z', 'c'), created, { fullName: 'Asha C' }),
  ];
}

describe('conflictQueue', () => {
  it('lists every record in conflict, oldest conflict first, with the authors of its sides', () => {
    const late = conflictedPatient('2026-05-01T00:00:00Z');
    const early = conflictedPatient('2026-02-01T00:00:00Z');
    const calm = [createVersion(ctx('2026-01-01T00:00:00Z', 'a'), 'patient', { fullName: 'Baraka' })];
    const queue = conflictQueue(
      new Map([
        ['late', late],
        ['calm', calm],
        ['early', early],
      ]),
    );
    expect(queue.map((q) => q.patientId)).toEqual(['early', 'late']);
    expect(queue[0]?.authorIds.sort()).toEqual(['b', 'c']);
    expect(queue[0]?.lastChangedAt).toBe('2026-02-01T00:00:00.000Z');
  });
});
