import type { PatientData } from '@registry/domain';
import { codeLabel, type Translate } from '../episodes/list-labels';
import { formatDate } from '../shell/format-time';
import { ageWords } from './patient-age';
import { useTranslate } from './use-translate';

/**
 * The facts that tell two patients of one name apart, on one line: gender, age and birth, hospital,
 * hospital number, first phone. Missing facts are left out rather than shown as blanks.
 */
export function patientFacts(
  t: Translate,
  patient: Partial<PatientData> | undefined,
  language: string,
  hospitalName?: string,
  now = new Date(),
): string[] {
  if (!patient) return hospitalName ? [hospitalName] : [];
  const phone = patient.phones?.find((p) => p.number)?.number;
  return [
    patient.gender ? codeLabel(t, 'gender', patient.gender) : undefined,
    ageWords(t, patient, now, (date) => formatDate(date, language)),
    hospitalName,
    patient.hospitalNumber
      ? t('patients:facts.hospitalNumber', { number: patient.hospitalNumber })
      : undefined,
    phone ? t('patients:facts.phone', { number: phone }) : undefined,
  ].filter((fact): fact is string => Boolean(fact));
}

export interface PatientFactsProps {
  patient: Partial<PatientData> | undefined;
  hospitalName?: string;
  className?: string;
}

export function PatientFacts({
  patient,
  hospitalName,
  className = 'small text-body-secondary',
}: PatientFactsProps) {
  const { t, language } = useTranslate();
  const facts = patientFacts(t, patient, language, hospitalName);
  if (facts.length === 0) return null;
  return <div className={className}>{facts.join(' · ')}</div>;
}
