import { lengthOfStayDays } from '@registry/domain';
import type { Translate } from './list-labels';

/** "2 nights", "Day case…", or undefined when either date is unknown or they are the wrong way round. */
export function lengthOfStayText(
  t: Translate,
  surgeryDate: unknown,
  dischargeDate: unknown,
): string | undefined {
  const days = lengthOfStayDays(
    typeof surgeryDate === 'string' ? surgeryDate : undefined,
    typeof dischargeDate === 'string' ? dischargeDate : undefined,
  );
  if (days === undefined) return undefined;
  return days === 0 ? t('episodes:page.dayCase') : t('episodes:page.nights', { count: days });
}
