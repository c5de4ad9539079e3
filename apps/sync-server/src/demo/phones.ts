import type { Random } from './random';

// Tanzanian mobile prefixes (Vodacom, Airtel, Tigo, Halotel) as people say them.
const PREFIXES = [
  '0754',
  '0755',
  '0765',
  '0767',
  '0713',
  '0715',
  '0784',
  '0787',
  '0744',
  '0622',
  '0688',
  '0652',
];

/** Ten digits starting with 0, the number itself. */
export function randomPhoneDigits(random: Random): string {
  return random.pick(PREFIXES) + Array.from({ length: 6 }, () => random.int(0, 9)).join('');
}

/** The same number as different people write it: grouped, run together, or international. */
export function writePhone(random: Random, digits: string): string {
  const rest = digits.slice(1);
  switch (random.weighted({ grouped: 40, plain: 35, international: 15, bare: 10 })) {
    case 'grouped':
      return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
    case 'international':
      return `+255 ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
    case 'bare':
      return `255${rest}`;
    default:
      return digits;
  }
}

/** Only the digits, with a leading 255 read as 0, to compare two ways of writing one number. */
export function phoneDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  return digits.startsWith('255') ? `0${digits.slice(3)}` : digits;
}
