import { type DuplicateReason, suggestsTwoPeople } from '@registry/domain';
import type { Translate } from '../episodes/list-labels';

/** Evidence that the two records are two people (the scorer knows which side each reason is on). */
export const isEvidenceAgainst = suggestsTwoPeople;

/** A reason of the scorer in the screen's language; a code this app does not know yet is shown as it is. */
export function reasonWords(t: Translate, reason: DuplicateReason, language: string): string {
  const percent = (value: number) =>
    new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const values: Record<string, unknown> = { ...reason };
  if ('similarity' in reason) values.percent = percent(reason.similarity);
  if ('years' in reason) values.count = reason.years;
  // "About 3 patients share these names by chance"; below one, the names are rare.
  if ('patients' in reason)
    values.patients = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(reason.patients);
  if (reason.code === 'birthYearClose' && reason.years === 0) return t('duplicates:reason.sameBirthYear');
  return t(`duplicates:reason.${reason.code}`, { ...values, defaultValue: reason.code });
}
