import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCode, foldName } from './fold-name';

describe('foldName', () => {
  it.each([
    ["Ng'wanza", ['ngwanza']],
    ['Ng’wanza', ['ngwanza']],
    ['NGʼWANZA', ['ngwanza']],
    ['Abdul-Rahman', ['abdul', 'rahman']],
    ['J.K. Nyerere', ['j', 'k', 'nyerere']],
    ['  ZAINABU   Ally  ', ['zainabu', 'ally']],
    ['Zoé Müller', ['zoe', 'muller']],
    ['Straße', ['strasse']],
    ['Hamisi, Juma (mtoto)', ['hamisi', 'juma', 'mtoto']],
    ['Bed 12', ['bed', '12']],
    ['', []],
    [" -.' ", []],
  ])('%j folds to %j', (text, tokens) => {
    expect(foldName(text)).toEqual(tokens);
  });

  it('keeps letters of other scripts as they are, lower-cased', () => {
    expect(foldName('Мария محمد')).toEqual(['мария', 'محمد']);
  });

  it('is idempotent and yields lower-case words without separators', () => {
    const names = fc.array(
      fc.constantFrom(
        'Juma',
        'ÁLI',
        'ng’wa',
        'Zoé',
        '-',
        '.',
        ' ',
        "'",
        'Ž',
        '12',
        'ß',
        'Ø',
        'İ',
        '\t',
        'Mü',
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          names.map((parts) => parts.join('')),
          fc.string(),
        ),
        (text) => {
          const tokens = foldName(text);
          expect(foldName(tokens.join(' '))).toEqual(tokens);
          for (const token of tokens) {
            expect(token).not.toBe('');
            expect(token).toBe(token.toLowerCase());
            expect(token).not.toMatch(/[^\p{L}\p{N}]/u);
          }
        },
      ),
    );
  });
});

describe('foldCode', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(foldCode('KDH/2026/0042')).toBe('kdh20260042');
    expect(foldCode(' kdh 2026-0042 ')).toBe('kdh20260042');
    expect(foldCode('19840309-12345-00001-23')).toBe('19840309123450000123');
    expect(foldCode('Ñ-12')).toBe('n12');
    expect(foldCode('')).toBe('');
  });
});
