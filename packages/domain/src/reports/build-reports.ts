import type { Hospital } from '../records/hospital';
import type { StaffMember } from '../records/staff-member';
import { type CompletenessReport, completenessReport, type MissingFieldsOf } from './completeness-report';
import { type LengthOfStayReport, lengthOfStayReport } from './length-of-stay-report';
import { factsOf } from './operation-facts';
import { joinOperations } from './operation-join';
import { type OperationsReport, operationsReport } from './operations-report';
import { addOutcomes, emptyOutcomes, type OutcomeRates } from './outcome-rates';
import type { ReportRecords } from './select-report-records';
import { type SurgeonRow, surgeonReport } from './surgeon-report';
import { byLabel } from './tally';

export interface ReportInput extends ReportRecords {
  hospitals: readonly Pick<Hospital, 'id' | 'name' | 'region'>[];
  staff: readonly Pick<StaffMember, 'id' | 'fullName'>[];
  /** YYYY-MM-DD: the day the reports are made (which follow-ups are due by then). */
  asOf: string;
  /**
   * Lists a record's missing fields; by default missingFields. The device passes one that keeps each
   * record's list, so that a new filter does not list the same records' fields again.
   */
  missingFieldsOf?: MissingFieldsOf;
}

/** The reports a coordinator needs (DOMAIN.md, "Reports"). Groups are keyed by id or code; see each type. */
export interface Reports {
  operations: OperationsReport;
  outcomes: OutcomeRates;
  lengthOfStay: LengthOfStayReport;
  surgeons: SurgeonRow[];
  completeness: CompletenessReport;
}

/**
 * Every report over records already chosen (selectReportRecords). Linear in the records: the
 * operations are joined to their discharges and follow-ups by id, each operation's facts are worked
 * out once, and every report is a tally over those facts.
 */
export function buildReports({
  patients,
  episodes,
  hospitals,
  staff,
  asOf,
  missingFieldsOf,
}: ReportInput): Reports {
  const hospitalById = new Map(hospitals.map((h) => [h.id, h]));
  const staffNames = new Map(staff.map((s) => [s.id, s.fullName]));
  const compareHospitals = byLabel((id) => hospitalById.get(id)?.name);
  const regionOf = (id: string) => hospitalById.get(id)?.region;

  const facts = joinOperations(episodes).map((operation) => factsOf(operation, regionOf, asOf));
  const outcomes = emptyOutcomes();
  for (const fact of facts) addOutcomes(outcomes, fact);
  return {
    operations: operationsReport(facts, compareHospitals),
    outcomes,
    lengthOfStay: lengthOfStayReport(facts),
    surgeons: surgeonReport(
      facts,
      byLabel((id) => staffNames.get(id)),
    ),
    completeness: completenessReport([...patients, ...episodes], compareHospitals, missingFieldsOf),
  };
}
