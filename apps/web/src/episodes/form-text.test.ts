import { describe, expect, it } from 'vitest';
import {
  listOrUndefined,
  numberFromText,
  textFromValue,
  textOrUndefined,
  withoutUndefined,
} from './form-text';

describe('form text', () => {
  it('reads blanks as not recorded', () => {
    expect(textOrUndefined('  ')).toBeUndefined();
    expect(textOrUndefined(undefined)).toBeUndefined();
    expect(textOrUndefined(' Prolene ')).toBe('Prolene');
    expect(listOrUndefined(['', ' '])).toBeUndefined();
    expect(listOrUndefined(['a', 'a', ' b'])).toEqual(['a', 'b']);
  });

  it('turns typed numbers into numbers, with a decimal comma too', () => {
    expect(numberFromText('')).toBeUndefined();
    expect(numberFromText(' 3 ')).toBe(3);
    expect(numberFromText('37,5')).toBe(37.5);
    expect(numberFromText('-2')).toBe(-2);
    expect(numberFromText(4)).toBe(4);
    expect(numberFromText(Number.NaN)).toBeUndefined();
  });

  it('keeps text that is not a number, for the check to name', () => {
    expect(numberFromText('2a')).toBe('2a');
    expect(numberFromText('1e3')).toBe('1e3');
  });

  it('shows stored values as text and drops undefined entries', () => {
    expect(textFromValue(3)).toBe('3');
    expect(textFromValue(undefined)).toBe('');
    expect(textFromValue({})).toBe('');
    expect(withoutUndefined({ a: 1, b: undefined, c: '' })).toEqual({ a: 1, c: '' });
  });
});
