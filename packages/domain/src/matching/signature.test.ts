import { describe, expect, it } from 'vitest';
import { charBit, digitPairsOf, lettersOf, missingBits, nameSignature, pairsOf } from './signature';

describe('signature bit sets', () => {
  it('give each letter a bit and everything else one shared bit', () => {
    expect(lettersOf('ab')).toBe(charBit(97) | charBit(98));
    expect(lettersOf('z')).toBe(1 << 25);
    expect(lettersOf('7')).toBe(lettersOf('é'));
    expect(lettersOf('')).toBe(0);
  });

  it('record pairs of neighbouring letters, and of digits only for digits', () => {
    expect(pairsOf('ab') & ~pairsOf('xaby')).toBe(0);
    expect(pairsOf('a')).toBe(0);
    expect(digitPairsOf('0754')).toBe(digitPairsOf('07;75;54'));
    expect(digitPairsOf('kdh;2')).toBe(0);
  });

  it('count missing bits', () => {
    expect(missingBits(0b1011, 0b0001)).toBe(2);
    expect(missingBits(0b1011, 0b1111)).toBe(0);
  });

  it('describe the tokens of a name', () => {
    const signature = nameSignature(['juma', 'j', 'jumaj'], ['jm', 'j', 'jmj']);
    expect(signature.starts).toBe(lettersOf('j'));
    expect(signature.initials).toBe(lettersOf('j'));
    expect(signature.letters).toBe(lettersOf('juma'));
    expect(signature.lengths).toBe((1 << 1) | (1 << 4) | (1 << 5));
    expect(signature.keyStarts).toBe(lettersOf('j'));
  });
});
