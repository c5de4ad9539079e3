import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';

describe('parseQuery', () => {
  it('splits name words from digits, longest word first', () => {
    const query = parseQuery('J. Hamisi 0754 123');
    expect(query.nameTokens).toEqual(['hamisi', 'j']);
    expect(query.keys).toEqual(['hms', 'j']);
    expect(query.digits).toBe('0754123');
    expect(query.phone.pieces).toEqual(['0754123', '754123']);
  });

  it('forgives one typo from 4 letters and two from 8', () => {
    expect(parseQuery('ali juma elisabeti').typos).toEqual([2, 1, 0]);
  });

  it('reads a phone number however it is written', () => {
    for (const text of ['+255 754 123 456', '0754 123 456', '754123456']) {
      const query = parseQuery(text);
      expect(query.nameTokens).toEqual([]);
      expect(query.phone.last9).toBe('754123456');
      expect(query.phoneEnd).toBe('754123456;');
    }
  });

  it('looks for ids only when the query has a digit, and for prefixes from 3 characters', () => {
    expect(parseQuery('Juma').code).toBe('');
    expect(parseQuery('KDH/2026').code).toBe('kdh2026');
    expect(parseQuery('KDH/2026').codeStart).toBe(';kdh2026');
    expect(parseQuery('KDH/2026').codeWhole).toBe(';kdh2026;');
    expect(parseQuery('K2').codeStart).toBe('');
    expect(parseQuery('12').codeDigits).toBe('');
    expect(parseQuery('1234').codeDigits).toBe('1234');
  });

  it('gives an empty query for nothing usable', () => {
    const query = parseQuery(' -.- ');
    expect(query.nameTokens).toEqual([]);
    expect(query.digits).toBe('');
    expect(query.code).toBe('');
  });
});
