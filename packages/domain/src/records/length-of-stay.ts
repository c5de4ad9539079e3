import { daysBetween } from './dates';

/**
 * Nights between the operation and the discharge (0 for a day case). Undefined when either date
 * is unknown or the dates are the wrong way round, so that a report's average skips the pair
 * rather than being pulled down by it.
 */
export function lengthOfStayDays(
  surgeryDate: string | undefined,
  dischargeDate: string | undefined,
): number | undefined {
  if (!surgeryDate || !dischargeDate) return undefined;
  const days = daysBetween(surgeryDate, dischargeDate);
  return days === undefined || days < 0 ? undefined : days;
}
