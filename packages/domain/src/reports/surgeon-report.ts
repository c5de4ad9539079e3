import type { OperationFacts } from './operation-facts';
import { addOutcomes, emptyOutcomes, type OutcomeRates } from './outcome-rates';
import { NOT_RECORDED } from './shares';
import { getOrAdd } from './tally';

/** One primary surgeon's operations and their rates; `surgeonId` is NOT_RECORDED for operations without one. */
export interface SurgeonRow extends OutcomeRates {
  surgeonId: string;
}

/**
 * The operations of each primary surgeon (secondary and tertiary surgeons assisted, and are not
 * credited), most operations first, then by name; operations with no primary surgeon last.
 */
export function surgeonReport(
  facts: readonly OperationFacts[],
  compareStaff: (a: string, b: string) => number,
): SurgeonRow[] {
  const rows = new Map<string, SurgeonRow>();
  for (const fact of facts) {
    addOutcomes(
      getOrAdd(rows, fact.surgeon, () => ({ surgeonId: fact.surgeon, ...emptyOutcomes() })),
      fact,
    );
  }
  const last = (row: SurgeonRow) => (row.surgeonId === NOT_RECORDED ? 1 : 0);
  return [...rows.values()].sort(
    (a, b) => last(a) - last(b) || b.operations - a.operations || compareStaff(a.surgeonId, b.surgeonId),
  );
}
