import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchEntries, buildSearchEntry, MAX_NAME_WORDS } from './search-entry';
import { fullName } from './test-names';

describe('buildSearchEntry', () => {
  const entry = buildSearchEntry({
    id: 'p1',
    fullName: 'Mohammed Abdul-Rahman',
    nationalId: '19840309-12345-00001-23',
    hospitalNumber: 'KDH/2026/0042',
    phones: [{ number: '+255 754 123 456' }, { number: '' }, {}, { number: '0655 000 111' }],
  });

  it('keeps the folded words, then each neighbouring pair joined, with their keys', () => {
    expect(entry.sortKey).toBe('mohammed abdul rahman');
    expect(entry.wordCount).toBe(3);
    expect(entry.tokens).toEqual(['mohammed', 'abdul', 'rahman', 'mohammedabdul', 'abdulrahman']);
    expect(entry.keys).toEqual(['mhmd', 'abdl', 'rhmn', 'mhmdbdl', 'abdlrhmn']);
    expect(entry.covers).toEqual([0b001, 0b010, 0b100, 0b011, 0b110]);
  });

  it('keeps the digits of phones and the folded ids with their digits', () => {
    expect(entry.phoneText).toBe('255754123456;0655000111;');
    expect(entry.codeText).toBe(';kdh20260042;20260042;;19840309123450000123;19840309123450000123;');
  });

  it('copes with a patient that has only a name', () => {
    const bare = buildSearchEntry({ id: 'p2', fullName: 'Juma' });
    expect(bare.tokens).toEqual(['juma']);
    expect(bare.phoneText).toBe('');
    expect(bare.codeText).toBe('');
  });

  it('searches at most MAX_NAME_WORDS words', () => {
    const long = buildSearchEntry({
      id: 'p3',
      fullName: Array.from({ length: 14 }, (_, i) => `w${i}`).join(' '),
    });
    expect(long.wordCount).toBe(MAX_NAME_WORDS);
    expect(long.tokens).toHaveLength(2 * MAX_NAME_WORDS - 1);
  });

  it('builds the same entries with a shared cache as without, sharing the strings', () => {
    fc.assert(
      fc.property(fc.array(fullName(), { maxLength: 12 }), (names) => {
        const patients = names.map((name, i) => ({ id: `p${i}`, fullName: name }));
        expect(buildSearchEntries(patients)).toEqual(patients.map((patient) => buildSearchEntry(patient)));
      }),
    );
    const [a, b] = buildSearchEntries([
      { id: 'a', fullName: 'Juma Hamisi' },
      { id: 'b', fullName: 'JUMA Mrema' },
    ]);
    expect(a?.keys[0]).toBe(b?.keys[0]);
    expect(a?.tokens[0]).toBe(b?.tokens[0]);
  });
});
