import { describe, expect, it } from 'vitest';
import { formatValue, type ValueWords } from './format-value';

const words: ValueWords = {
  empty: '(empty)',
  yes: 'Yes',
  no: 'No',
  code: (field, code) =>
    field === 'gender' && code === 'female' ? 'Female' : field === 'complications.code' ? `[${code}]` : code,
  reference: (kind, id) =>
    kind === 'staff' && id === 's1' ? 'Dr Mushi' : kind === 'hospital' && id === 'h1' ? 'Kibosho' : undefined,
  date: (date) => `on ${date}`,
};

describe('formatValue', () => {
  it('shows absent, empty, numbers and booleans plainly', () => {
    expect(formatValue('notes', undefined, words)).toBe('(empty)');
    expect(formatValue('notes', '', words)).toBe('(empty)');
    expect(formatValue('phones', [], words)).toBe('(empty)');
    expect(formatValue('birthYear', 1984, words)).toBe('1984');
    expect(formatValue('active', true, words)).toBe('Yes');
  });

  it('shows list codes as labels, ids as names (or the id when unknown), dates as dates', () => {
    expect(formatValue('gender', 'female', words)).toBe('Female');
    expect(formatValue('primarySurgeonId', 's1', words)).toBe('Dr Mushi');
    expect(formatValue('registeredHospitalId', 'h1', words)).toBe('Kibosho');
    expect(formatValue('hospitalId', 'h9', words)).toBe('h9');
    expect(formatValue('attendeeIds', ['s1', 's2'], words)).toBe('Dr Mushi; s2');
    expect(formatValue('date', '2026-01-03', words)).toBe('on 2026-01-03');
    expect(formatValue('at', '2026-01-03T14:20', words)).toBe('on 2026-01-03 14:20');
  });

  it('shows phones and complications readably', () => {
    expect(
      formatValue(
        'phones',
        [{ number: '0754', comment: 'mobile' }, { number: '0713' }, { comment: 'x' }],
        words,
      ),
    ).toBe('0754 (mobile); 0713; x');
    expect(
      formatValue(
        'complications',
        [
          { code: 'bleeding', date: '2026-01-02' },
          { code: 'other', text: 'rash' },
        ],
        words,
      ),
    ).toBe('[bleeding], on 2026-01-02; [other]: rash');
  });

  it('shows any other group as its fields, and never throws on odd data', () => {
    expect(formatValue('extra', { a: 1, b: 'x', c: null }, words)).toBe('a: 1, b: x');
    expect(formatValue('extra', {}, words)).toBe('(empty)');
    expect(formatValue('extra', [[1, 2], { n: [] }], words)).toBe('1; 2; n: (empty)');
  });
});
