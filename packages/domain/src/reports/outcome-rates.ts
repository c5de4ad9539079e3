import type { OperationFacts } from './operation-facts';
import { countOutcome, emptyRate, type Rate } from './shares';

/**
 * The rates of a set of operations (all of them, or one surgeon's). Each is a Rate: `count` of `of`,
 * with `notRecorded` operations outside `of`.
 *
 * - `emergency`: operations with CEPOD emergency, of operations with CEPOD emergency or planned.
 * - `complications`: operations with any complication (listed on the operation or on a discharge, a
 *   discharge answering "any complications" yes, or a follow-up listing one or finding an infection
 *   or a seroma), of operations where any of those was answered at all. Not recorded: nothing asked.
 * - `followUp`: operations with a follow-up, of operations whose follow-up is due (42 days after the
 *   discharge, or after the operation when the discharge has no date) on the report's day. Operations
 *   not due yet are left out; not recorded: no date to count from.
 * - `recurrence`: operations where a follow-up found a recurrence, of operations followed up whose
 *   follow-up answered yes or no. Not recorded: followed up, recurrence unknown or unanswered.
 */
export interface OutcomeRates {
  operations: number;
  emergency: Rate;
  complications: Rate;
  followUp: Rate;
  recurrence: Rate;
}

export const emptyOutcomes = (): OutcomeRates => ({
  operations: 0,
  emergency: emptyRate(),
  complications: emptyRate(),
  followUp: emptyRate(),
  recurrence: emptyRate(),
});

export function addOutcomes(rates: OutcomeRates, fact: OperationFacts): void {
  rates.operations++;
  countOutcome(rates.emergency, fact.emergency);
  countOutcome(rates.complications, fact.complication);
  countOutcome(rates.followUp, fact.followUp);
  countOutcome(rates.recurrence, fact.recurrence);
}
