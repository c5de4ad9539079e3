import type { Hospital, StaffMember } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { hospitalFilterChoices, regionFilterChoices, staffFilterChoices } from './filter-choices';
import { sampleId } from './sample-entries';

const hospital = (n: number, name: string, region: string | undefined, active = true): Hospital => ({
  id: sampleId(9, n),
  name,
  ...(region ? { region } : {}),
  active,
});
const hospitals = [
  hospital(1, 'Sengerema', 'mwanza'),
  hospital(2, 'Bugando', 'mwanza'),
  hospital(3, 'KCMC', 'kilimanjaro', false),
  hospital(4, 'Field camp', undefined),
];
const staff: StaffMember[] = [
  { id: sampleId(8, 1), fullName: 'Zawadi Mushi', role: 'surgeon', hospitalIds: [], active: true },
  { id: sampleId(8, 2), fullName: 'Baraka Kimaro', role: 'surgeon', hospitalIds: [], active: false },
];

describe('filter choices', () => {
  it('offers every hospital by name, closed ones marked, and keeps an unknown chosen one', () => {
    const t = testTranslate();
    expect(hospitalFilterChoices(t, hospitals, undefined).map((c) => c.label)).toEqual([
      'Bugando',
      'Field camp',
      'KCMC (no longer active)',
      'Sengerema',
    ]);
    const unknown = sampleId(9, 99);
    const withUnknown = hospitalFilterChoices(t, hospitals, unknown);
    expect(withUnknown).toContainEqual({ value: unknown, label: expect.stringContaining('0192f4c0') });
    expect(withUnknown).toHaveLength(5);
  });

  it('offers staff who left, marked, for the records they made', () => {
    expect(staffFilterChoices(testTranslate('sw'), staff, undefined)).toEqual([
      { value: sampleId(8, 2), label: 'Baraka Kimaro (hayupo kazini tena)' },
      { value: sampleId(8, 1), label: 'Zawadi Mushi' },
    ]);
  });

  it('offers each region of the hospitals once, by its name', () => {
    expect(regionFilterChoices(testTranslate(), hospitals, undefined)).toEqual([
      { value: 'kilimanjaro', label: 'Kilimanjaro' },
      { value: 'mwanza', label: 'Mwanza' },
    ]);
    expect(regionFilterChoices(testTranslate(), hospitals, 'atlantis').map((c) => c.value)).toContain(
      'atlantis',
    );
  });
});
