import { describe, expect, it } from 'vitest';
import { placeCode } from './place-code';

describe('placeCode', () => {
  it('stores a suggestion as its code, whichever language or letter case it was typed in', () => {
    expect(placeCode('tanzaniaRegion', 'Dar es Salaam')).toBe('darEsSalaam');
    expect(placeCode('tanzaniaRegion', '  dar es salaam ')).toBe('darEsSalaam');
    expect(placeCode('tanzaniaRegion', 'mwanza')).toBe('mwanza');
    expect(placeCode('tanzaniaZone', 'Southern Highlands')).toBe('southernHighlands');
    expect(placeCode('tanzaniaZone', 'Ziwa')).toBe('lake');
  });

  it('keeps other places as typed, and clears on blank', () => {
    expect(placeCode('tanzaniaRegion', ' Nampula (Mozambique) ')).toBe('Nampula (Mozambique)');
    expect(placeCode('tanzaniaZone', 'Ziwa Victoria')).toBe('Ziwa Victoria');
    expect(placeCode('tanzaniaRegion', '   ')).toBeNull();
  });
});
