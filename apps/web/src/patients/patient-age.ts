import type { Translate } from '../episodes/list-labels';

/** A patient's age as the screens say it: exact from a full birth date, else about, from the year. */
export interface PatientAge {
  years: number;
  /** Only a birth year is known, so the age may be one year too high. */
  approximate: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function patientAge(
  patient: { birthYear?: number; birthDate?: string },
  now: Date,
): PatientAge | undefined {
  const date = patient.birthDate ? DATE.exec(patient.birthDate) : null;
  if (date) {
    const [, y, m, d] = date.map(Number) as [number, number, number, number];
    const hadBirthday = now.getMonth() + 1 > m || (now.getMonth() + 1 === m && now.getDate() >= d);
    const years = now.getFullYear() - y - (hadBirthday ? 0 : 1);
    return years >= 0 ? { years, approximate: false } : undefined;
  }
  if (typeof patient.birthYear !== 'number') return undefined;
  const years = now.getFullYear() - patient.birthYear;
  return years >= 0 ? { years, approximate: true } : undefined;
}

/**
 * "about 42 years old (born 1984)", "42 years old (born 9 Mar 1984)", or undefined when neither a
 * year nor a date is known. `formatDate` writes a YYYY-MM-DD date in the screen's language.
 */
export function ageWords(
  t: Translate,
  patient: { birthYear?: number; birthDate?: string },
  now: Date,
  formatDate: (date: string) => string,
): string | undefined {
  const born = patient.birthDate ? formatDate(patient.birthDate) : patient.birthYear?.toString();
  if (!born) return undefined;
  const bornWords = t('patients:age.born', { date: born });
  const age = patientAge(patient, now);
  if (!age) return bornWords;
  const years = t(age.approximate ? 'patients:age.about' : 'patients:age.exact', { count: age.years });
  return `${years} (${bornWords})`;
}
