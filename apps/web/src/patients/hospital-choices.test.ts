import type { Hospital } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { hospitalChoices } from './hospital-choices';

const hospital = (id: string, name: string, active = true): Hospital => ({ id, name, active });
const HOSPITALS = [hospital('h1', 'Mwanza'), hospital('h2', 'Arusha'), hospital('h3', 'Closed', false)];

describe('hospitalChoices', () => {
  it('offers a surgeon their own hospitals, by name', () => {
    const surgeon = { id: 'u', role: 'surgeon' as const, hospitalIds: ['h1', 'h2'] };
    expect(hospitalChoices(surgeon, HOSPITALS)).toEqual([
      { value: 'h2', label: 'Arusha' },
      { value: 'h1', label: 'Mwanza' },
    ]);
  });

  it('offers a coordinator every active hospital', () => {
    const coordinator = { id: 'u', role: 'coordinator' as const, hospitalIds: [] };
    expect(hospitalChoices(coordinator, HOSPITALS).map((c) => c.value)).toEqual(['h2', 'h1']);
  });

  it('keeps the current hospital and hospitals not yet on the device, by id', () => {
    const surgeon = { id: 'u', role: 'surgeon' as const, hospitalIds: ['h1', 'h9'] };
    expect(hospitalChoices(surgeon, HOSPITALS, 'h3').map((c) => c.label)).toEqual(['Closed', 'h9', 'Mwanza']);
  });
});
