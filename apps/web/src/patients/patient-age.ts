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
    const hadBirthday =
      now.getMonth() + 1 > m || (now.getMonth() + 1 === m && now.getDate() >= d);
    const years = now.getFullYear() - y - (hadBirthday ? 0 : 1);
    return years >= 0 ? { years, approximate: false } : undefined;
  }
  if (typeof patient.birthYear !== 'number') return undefined;
  const years = now.getFullYear() - patient.birthYear;
  return years >= 0 ? { years, approximate: true } : undefined;
}
