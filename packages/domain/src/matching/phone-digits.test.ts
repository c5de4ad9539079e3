import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsOf, phoneMatches } from './phone-digits';

describe('digitsOf', () => {
  it('keeps the digits in order and drops the rest', () => {
    expect(digitsOf('+255 754 123 456')).toBe('255754123456');
    expect(digitsOf('(0754) 123-456')).toBe('0754123456');
    expect(digitsOf('KDH/2026/0042')).toBe('20260042');
    expect(digitsOf('none')).toBe('');
  });
});

describe('phoneMatches', () => {
  const forms = ['+255 754 123 456', '0754123456', '754 123 456', '00255 754 123 456'].map(digitsOf);

  it('matches one number however it is written', () => {
    for (const query of forms) for (const stored of forms) expect(phoneMatches(query, stored)).toBe(true);
  });

  it('matches part of a number from four digits, whichever prefix each side uses', () => {
    expect(phoneMatches('0754', '0754123456')).toBe(true);
    expect(phoneMatches('0754', '255754123456')).toBe(true);
    expect(phoneMatches('255754', '0754123456')).toBe(true);
    expect(phoneMatches('3456', '+255754123456')).toBe(true);
    expect(phoneMatches('123456', '0754123456')).toBe(true);
  });

  it('does not match other numbers, or fewer than four digits', () => {
    expect(phoneMatches('0754123457', '0754123456')).toBe(false);
    expect(phoneMatches('0655123456', '0754123456')).toBe(false);
    expect(phoneMatches('754', '0754123456')).toBe(false);
    expect(phoneMatches('', '0754123456')).toBe(false);
    expect(phoneMatches('0754', '')).toBe(false);
    expect(phoneMatches('9999', '0754123456')).toBe(false);
  });

  const subscriber = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 });

  it('matches every written form of a subscriber number with every other', () => {
    fc.assert(
      fc.property(subscriber, (number) => {
        const written = [
          `+255 ${number}`,
          `0${number}`,
          number,
          `255-${number.slice(0, 3)}-${number.slice(3)}`,
        ];
        for (const query of written) {
          for (const stored of written) expect(phoneMatches(digitsOf(query), digitsOf(stored))).toBe(true);
        }
      }),
    );
  });

  it('finds any four or more digits of a stored number', () => {
    fc.assert(
      fc.property(subscriber, fc.nat(9), fc.integer({ min: 4, max: 10 }), (number, start, length) => {
        const stored = `0${number}`;
        const piece = stored.slice(
          Math.min(start, stored.length - 4),
          Math.min(start, stored.length - 4) + length,
        );
        expect(phoneMatches(piece, stored)).toBe(true);
      }),
    );
  });
});
