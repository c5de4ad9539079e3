import { recordStates, type Version } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { historyPath, recordPath, recordTitle } from './record-title';

const version = (entity: Version['entity'], entityId: string, data: Record<string, unknown>): Version => ({
  versionId: `${entityId.slice(0, -1)}f`,
  entity,
  entityId,
  parents: [],
  data,
  deleted: false,
  authorId: entityId,
  deviceId: 'd',
  createdAt: '2026-01-01T00:00:00Z',
  schema: 1,
});

const P = '01890000-0000-7000-8000-000000000001';
const E = '01890000-0000-7000-8000-000000000002';
const L = '01890000-0000-7000-8000-000000000003';
const states = recordStates([
  version('patient', P, { fullName: 'Amina Juma' }),
  version('episode', E, { type: 'surgery', date: '2026-11-03', patientId: P }),
  version('eventLog', L, { kind: 'vitals', episodeId: E, patientId: P }),
]);
const get = (id: string) => {
  const s = states.get(id);
  if (!s) throw new Error('missing');
  return s;
};

describe('recordTitle', () => {
  const en = testTranslate('en');
  it('names the patient, an episode by type and date, a log entry with its episode', () => {
    expect(recordTitle(en, get(P), 'en')).toBe('Amina Juma');
    expect(recordTitle(en, get(E), 'en')).toBe('Operation, 3 Nov 2026');
    expect(recordTitle(en, get(L), 'en', states)).toBe('Vital signs (Operation, 3 Nov 2026)');
  });

  it('links each record to the page that shows it', () => {
    expect(recordPath(P, get(P))).toBe(`/patients/${P}`);
    expect(recordPath(P, get(E))).toBe(`/patients/${P}/episodes/${E}`);
    expect(recordPath(P, get(L))).toBe(`/patients/${P}/episodes/${E}`);
    expect(historyPath(P, E)).toBe(`/patients/${P}/history/${E}`);
  });
});
