import type { Version } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { fieldsOf, recordVersionsNewestFirst } from './record-versions';

const v = (versionId: string, entityId: string, createdAt: string, data: Record<string, unknown> = {}) =>
  ({ versionId, entityId, createdAt, data }) as Version;

describe('recordVersionsNewestFirst', () => {
  it('keeps the record’s versions once each, newest instant first whatever the offset', () => {
    const versions = [
      v('a', 'r', '2026-01-01T10:00:00+03:00'),
      v('b', 'r', '2026-01-01T08:00:00Z'),
      v('c', 'other', '2026-02-01T00:00:00Z'),
      v('b', 'r', '2026-01-01T08:00:00Z'),
      v('d', 'r', '2026-01-01T08:00:00Z'),
    ];
    expect(recordVersionsNewestFirst(versions, 'r').map((x) => x.versionId)).toEqual(['d', 'b', 'a']);
  });
});

describe('fieldsOf', () => {
  it('lists every field once, in order of first appearance', () => {
    expect(fieldsOf([v('a', 'r', '', { x: 1, y: 2 }), v('b', 'r', '', { z: 1, x: 3 })])).toEqual([
      'x',
      'y',
      'z',
    ]);
  });
});
