import { listMissingFields, type ReviewRecord } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { keptMissingFields } from './kept-missing-fields';

const discharge = (data: Record<string, unknown>): ReviewRecord => ({
  entity: 'episode',
  entityId: '0192f4c0-0000-7000-8000-000000000021',
  data: { type: 'discharge', ...data },
  hospitalId: undefined,
  date: undefined,
  inConflict: false,
  deleted: false,
});

describe('keptMissingFields', () => {
  it('lists a record’s missing fields as missingFields does, once per record object', () => {
    const missingFieldsOf = keptMissingFields();
    const record = discharge({ anyComplications: 'no' });
    const first = missingFieldsOf(record);
    expect(first).toEqual(listMissingFields(record));
    expect(missingFieldsOf(record)).toBe(first);
  });

  it('lists a changed record afresh: the review index makes a new entry for it', () => {
    const missingFieldsOf = keptMissingFields();
    expect(missingFieldsOf(discharge({}))).toContain('anyComplications');
    expect(missingFieldsOf(discharge({ anyComplications: 'no' }))).not.toContain('anyComplications');
  });
});
