import { describe, expect, it } from 'vitest';
import { HOSPITAL, OTHER_HOSPITAL, SURGEON } from './test-ids';
import { validateReferenceData } from './validate-record-data';

describe('hospital', () => {
  it('saves a hospital with a region and zone from the suggestions or typed freely', () => {
    const hospital = {
      id: HOSPITAL,
      name: 'Kibosho Hospital',
      region: 'kilimanjaro',
      zone: 'northern',
      active: true,
    };
    expect(validateReferenceData('hospital', hospital)).toEqual({ ok: true, data: hospital });
    const camp = { id: OTHER_HOSPITAL, name: 'Surgical camp', region: 'Nampula (Mozambique)', active: false };
    expect(validateReferenceData('hospital', camp)).toEqual({ ok: true, data: camp });
  });

  it('requires a name and whether it is active', () => {
    expect(validateReferenceData('hospital', { id: HOSPITAL, name: ' ' })).toEqual({
      ok: false,
      problems: [
        { field: 'name', message: 'The name is required.' },
        { field: 'active', message: 'The active flag is required.' },
      ],
    });
  });
});

describe('staff directory entry', () => {
  it('saves an entry, with no hospitals meaning an empty list', () => {
    const coordinator = { id: SURGEON, fullName: 'Dr Neema Mushi', role: 'coordinator', active: true };
    expect(validateReferenceData('staffMember', coordinator)).toEqual({
      ok: true,
      data: { ...coordinator, hospitalIds: [] },
    });
  });

  it('refuses an unknown role and unknown fields, all at once', () => {
    const entry = {
      id: SURGEON,
      fullName: 'Dr Mushi',
      role: 'nurse',
      hospitalIds: [HOSPITAL],
      active: true,
      pw: 'x',
    };
    expect(validateReferenceData('staffMember', entry)).toEqual({
      ok: false,
      problems: [
        {
          field: 'role',
          message: 'The role "nurse" is not one of the choices (surgeon, coordinator, admin).',
        },
        { field: 'pw', message: '"pw" is not a field of a staff directory entry; check its spelling.' },
      ],
    });
  });
});
