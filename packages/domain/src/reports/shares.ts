/**
 * The key of a group whose value was not recorded (an operation with no hernia site, a month with
 * no date…). Not a code of any list, a month or an id, so it never collides with a real group.
 */
export const NOT_RECORDED = 'notRecorded';

/** `count` of `of`: records complete of records, operations in a hospital of all operations. */
export interface Share {
  count: number;
  of: number;
}

/**
 * A rate among the operations for which the answer is known: `count` answered yes of `of` answered
 * yes or no. `notRecorded` operations belonged in the measure but have no answer; they are outside
 * `of` and shown beside the rate, so that a rate over few known answers does not pass for the whole.
 */
export interface Rate extends Share {
  notRecorded: number;
}

/**
 * What one operation says for one rate: `notApplicable` keeps it out of the measure altogether
 * (the recurrence of an operation never followed up), `notRecorded` counts it as unknown.
 */
export type Outcome = 'yes' | 'no' | 'notRecorded' | 'notApplicable';

export const emptyRate = (): Rate => ({ count: 0, of: 0, notRecorded: 0 });

export function countOutcome(rate: Rate, outcome: Outcome): void {
  if (outcome === 'yes') rate.count++;
  if (outcome === 'yes' || outcome === 'no') rate.of++;
  else if (outcome === 'notRecorded') rate.notRecorded++;
}
