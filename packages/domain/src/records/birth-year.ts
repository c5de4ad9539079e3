export const EARLIEST_BIRTH_YEAR = 1900;

/** Older than this is a typing slip (the age box takes years, not a birth year). */
export const OLDEST_AGE = 125;

/**
 * The birth year to store when only an age is known, as it usually is: now's year minus the age.
 * It may be one year late for someone whose birthday is still to come this year; the registry
 * accepts that rather than inventing a birth date. Undefined for an age no one can have.
 */
export function birthYearFromAge(age: number, now: Date): number | undefined {
  if (!Number.isFinite(age) || age < 0 || age > OLDEST_AGE) return undefined;
  return now.getUTCFullYear() - Math.floor(age);
}
