import type { DuplicateReason } from '@registry/domain';
import type { Translate } from '../episodes/list-labels';

/** Evidence that the two records are two people; every other reason speaks for one person. */
const AGAINST = new Set<string>([
  'differentNationalId',
  'differentName',
  'unmatchedNameWords',
  'birthYearFar',
  'differentGender',
  'differentPhones',
]);

export const isEvidenceAgainst = (reason: DuplicateReason): boolean => AGAINST.has(reason.code);

/** A reason of the scorer in the screen's language; a code this app does not know yet is shown as it is. */
export function reasonWords(t: Translate, reason: DuplicateReason, language: string): string {
  const percent = (value: number) =>
    new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const values: Record<string, unknown> = { ...reason };
  if ('similarity' in reason) values.percent = percent(reason.similarity);
  if ('years' in reason) values.count = reason.years;
  if (reason.code === 'birthYearClose' && reason.years === 0) return t('duplicates:reason.sameBirthYear');
  return t(`duplicates:reason.${reason.code}`, { ...values, defaultValue: reason.code });
}
