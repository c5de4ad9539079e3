import { recordStates, type Version } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { episodesNewestFirst, latestOperation, newestDateFirst } from './episode-order';

let n = 0;
function version(entity: Version['entity'], data: Record<string, unknown>, extra: Partial<Version> = {}) {
  n++;
  const id = `0189${String(n).padStart(4, '0')}-0000-7000-8000-000000000000`;
  return {
    versionId: id,
    entity,
    entityId: id,
    parents: [],
    data,
    deleted: false,
    authorId: id,
    deviceId: 'd',
    createdAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}Z`,
    schema: 1,
    ...extra,
  } satisfies Version;
}

describe('episodesNewestFirst', () => {
  it('orders by date, newest first, undated last, and leaves out deleted episodes and other records', () => {
    const old = version('episode', { type: 'surgery', date: '2025-01-01' });
    const undated = version('episode', { type: 'surgery' });
    const recent = version('episode', { type: 'discharge', date: '2026-02-01' });
    const gone = version('episode', { type: 'followUp', date: '2026-03-01' }, { deleted: true });
    const patient = version('patient', { fullName: 'A' });
    const ids = episodesNewestFirst(recordStates([old, undated, recent, gone, patient]).values()).map(
      (s) => s.entityId,
    );
    expect(ids).toEqual([recent.entityId, old.entityId, undated.entityId]);
  });

  it('puts the most recently written first among episodes of one day', () => {
    const first = version('episode', { type: 'surgery', date: '2026-01-05' });
    const second = version('episode', { type: 'discharge', date: '2026-01-05' });
    const ids = episodesNewestFirst(recordStates([first, second]).values()).map((s) => s.entityId);
    expect(ids).toEqual([second.entityId, first.entityId]);
  });
});

describe('latestOperation', () => {
  it('picks the latest dated operation, an undated one only when nothing else waits', () => {
    expect(latestOperation([])).toBeUndefined();
    expect(
      latestOperation([
        { surgeryId: 'undated' },
        { surgeryId: 'old', date: '2025-01-01' },
        { surgeryId: 'new', date: '2026-01-01' },
      ]),
    ).toBe('new');
    expect(latestOperation([{ surgeryId: 'undated' }])).toBe('undated');
  });

  it('compares dates newest first', () => {
    expect(['2026-01-02', undefined, '2026-01-03'].sort(newestDateFirst)).toEqual([
      '2026-01-03',
      '2026-01-02',
      undefined,
    ]);
  });
});
