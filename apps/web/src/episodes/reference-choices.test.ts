import type { Hospital, StaffMember } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { hospitalChoices, nameOf, staffChoices } from './reference-choices';
import { HOSPITAL, NURSE, SURGEON } from './test-fixtures';

const OTHER = '0192f4c0-0000-7000-8000-000000000002';
const GONE = '0192f4c0-0000-7000-8000-000000000039';
const NOBODY = '0192f4c0-0000-7000-8000-000000000040';

const staff: StaffMember[] = [
  { id: SURGEON, fullName: 'Zawadi Mushi', role: 'surgeon', hospitalIds: [HOSPITAL], active: true },
  { id: NURSE, fullName: 'Baraka Ally', role: 'surgeon', hospitalIds: [OTHER], active: true },
  { id: GONE, fullName: 'Old Surgeon', role: 'surgeon', hospitalIds: [HOSPITAL], active: false },
];
const hospitals: Hospital[] = [
  { id: HOSPITAL, name: 'Mbeya DH', active: true },
  { id: OTHER, name: 'Arusha DH', active: true },
  { id: GONE, name: 'Closed camp', active: false },
];

describe('staffChoices', () => {
  it('offers the active staff of the hospital, by name', () => {
    expect(staffChoices(staff, HOSPITAL, []).map((o) => o.id)).toEqual([SURGEON]);
    expect(staffChoices(staff, undefined, []).map((o) => o.name)).toEqual(['Baraka Ally', 'Zawadi Mushi']);
  });

  it('falls back to all active staff when no one is known at the hospital', () => {
    expect(staffChoices(staff, NOBODY, [])).toHaveLength(2);
  });

  it('always includes people already recorded, inactive or unknown ones too', () => {
    const options = staffChoices(staff, HOSPITAL, [GONE, NOBODY, '']);
    expect(options).toEqual([
      { id: GONE, name: 'Old Surgeon', active: false },
      { id: SURGEON, name: 'Zawadi Mushi', active: true },
      { id: NOBODY, active: false },
    ]);
  });
});

describe('hospitalChoices', () => {
  it('offers a surgeon their own hospitals and a coordinator every active one', () => {
    expect(
      hospitalChoices(hospitals, { role: 'surgeon', hospitalIds: [HOSPITAL] }, []).map((o) => o.id),
    ).toEqual([HOSPITAL]);
    expect(
      hospitalChoices(hospitals, { role: 'coordinator', hospitalIds: [] }, []).map((o) => o.name),
    ).toEqual(['Arusha DH', 'Mbeya DH']);
  });

  it('keeps the recorded hospital and a surgeon hospital the device does not know yet', () => {
    const options = hospitalChoices(hospitals, { role: 'surgeon', hospitalIds: [NOBODY] }, [GONE]);
    expect(options).toEqual([
      { id: GONE, name: 'Closed camp', active: false },
      { id: NOBODY, active: false },
    ]);
  });
});

describe('nameOf', () => {
  it('finds staff and hospital names, or nothing', () => {
    expect(nameOf(staff, SURGEON)).toBe('Zawadi Mushi');
    expect(nameOf(hospitals, OTHER)).toBe('Arusha DH');
    expect(nameOf(staff, NOBODY)).toBeUndefined();
    expect(nameOf(staff, 3)).toBeUndefined();
  });
});
