import { describe, expect, it } from 'vitest';
import { NO_AUDIT_FILTERS } from './admin-api';
import { auditNames, detailText, subjectText } from './audit-detail';
import { filtersFromParams, hasFilters, paramsFromFilters } from './audit-filters';

describe('audit filters in the address bar', () => {
  it('come back as they were put', () => {
    const filters = {
      actor: 'amina',
      action: 'admin.*',
      outcome: 'denied',
      from: '2026-03-01',
      to: '2026-03-05',
    } as const;
    const params = new URLSearchParams(paramsFromFilters(filters));
    expect(filtersFromParams(params)).toEqual(filters);
    expect(hasFilters(filtersFromParams(params))).toBe(true);
  });

  it('leave out what is blank, and drop what the screen would never write', () => {
    expect(paramsFromFilters({ ...NO_AUDIT_FILTERS, actor: '  ', action: ' sync.* ' })).toEqual({
      action: 'sync.*',
    });
    const odd = new URLSearchParams({ outcome: 'maybe', from: 'last week', to: '2026-3-5' });
    expect(filtersFromParams(odd)).toEqual(NO_AUDIT_FILTERS);
    expect(hasFilters(filtersFromParams(new URLSearchParams()))).toBe(false);
  });
});

describe('detailText', () => {
  it('reads text and lists as they are, anything else as JSON', () => {
    expect(detailText({ role: 'admin', hospitalIds: ['a', 'b'], count: 2, nested: { x: 1 } })).toBe(
      'role: admin; hospitalIds: a, b; count: 2; nested: {"x":1}',
    );
    expect(detailText(null)).toBe('');
  });
});

describe('ids by name', () => {
  const USER = '01890a5d-ac96-774b-bcce-b302099a8057';
  const HOSPITAL = '01890a5d-ac96-774b-bcce-b302099a8058';
  const nameOf = auditNames(
    [
      {
        id: USER,
        username: 'amina',
        fullName: 'Dr Amina Juma',
        role: 'surgeon',
        hospitalIds: [],
        active: true,
        locked: false,
        lockedUntil: null,
        failedLogins: 0,
        createdAt: '2026-01-05T08:00:00.000Z',
      },
    ],
    [{ id: HOSPITAL, name: 'Bugando', active: true }],
  );

  it('names the user or hospital an entry is about, and leaves unknown subjects as they are', () => {
    expect(subjectText(`user:${USER}`, nameOf)).toBe('Dr Amina Juma (amina)');
    expect(subjectText(`hospital:${HOSPITAL}`, nameOf)).toBe('Bugando');
    expect(subjectText('user:gone', nameOf)).toBe('user:gone');
    expect(subjectText(null, nameOf)).toBe('');
  });

  it('names known ids inside the details too', () => {
    expect(detailText({ hospitalIds: [HOSPITAL, 'other'], role: 'admin' }, nameOf)).toBe(
      'hospitalIds: Bugando, other; role: admin',
    );
  });
});
