import { describe, expect, it } from 'vitest';
import { normalizeRecordInput } from './normalize-input';

describe('normalizeRecordInput', () => {
  it('trims text and drops blank, null and empty values as "not recorded"', () => {
    expect(
      normalizeRecordInput({
        fullName: '  Amina Juma ',
        nationalId: '   ',
        address: '',
        notes: null,
        phones: [{ number: '', comment: '' }, { number: ' 0754 123 456 ' }],
        notDuplicateOf: [],
        birthYear: 1980,
      }),
    ).toEqual({ fullName: 'Amina Juma', phones: [{ number: '0754 123 456' }], birthYear: 1980 });
  });

  it('keeps an object that is entirely blank as an empty object, for the schema to report on', () => {
    expect(normalizeRecordInput({ fullName: '' })).toEqual({});
  });

  it('leaves what is not an object for the schema to refuse', () => {
    expect(normalizeRecordInput('text')).toBe('text');
    expect(normalizeRecordInput(null)).toBe(null);
    expect(normalizeRecordInput([1])).toEqual([1]);
  });

  it('keeps false and 0, which are answers, not blanks', () => {
    expect(normalizeRecordInput({ active: false, antibioticsIvDays: 0 })).toEqual({
      active: false,
      antibioticsIvDays: 0,
    });
  });

  it('keeps a "__proto__" key as a plain key instead of changing the prototype', () => {
    const normalized = normalizeRecordInput(JSON.parse('{"__proto__": {"x": 1}, "a": "b"}')) as object;
    expect(Object.getPrototypeOf(normalized)).toBe(Object.prototype);
    expect(Object.keys(normalized)).toEqual(['__proto__', 'a']);
  });
});
