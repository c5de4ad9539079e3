import { describe, expect, it } from 'vitest';
import * as lists from './index';
import { isCode } from './is-code';
import { SUGGESTED_ZONE_OF_REGION, TANZANIA_REGIONS, TANZANIA_ZONES } from './tanzania-places';

const codeLists = Object.entries(lists).flatMap(([name, value]): [string, readonly string[]][] =>
  Array.isArray(value) ? [[name, value as readonly string[]]] : [],
);

describe('lists of codes', () => {
  it('are found', () => {
    expect(codeLists.length).toBeGreaterThanOrEqual(20);
  });

  it.each(codeLists)('%s holds unique camelCase codes, since codes are stored and translated', (_, codes) => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('suggest a known zone for every one of the 31 regions', () => {
    expect(TANZANIA_REGIONS).toHaveLength(31);
    expect(Object.keys(SUGGESTED_ZONE_OF_REGION).sort()).toEqual([...TANZANIA_REGIONS].sort());
    for (const zone of Object.values(SUGGESTED_ZONE_OF_REGION)) expect(TANZANIA_ZONES).toContain(zone);
  });

  it('end the drug list with "other", so any drug can be recorded', () => {
    expect(lists.DRUGS.at(-1)).toBe('other');
  });
});

describe('isCode', () => {
  it('accepts a code of the list and nothing else', () => {
    expect(isCode(lists.GENDERS, 'female')).toBe(true);
    expect(isCode(lists.GENDERS, 'Female')).toBe(false);
    expect(isCode(lists.GENDERS, 3)).toBe(false);
    expect(isCode(lists.GENDERS, undefined)).toBe(false);
  });
});
