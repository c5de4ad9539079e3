// The reports a coordinator needs (DOMAIN.md, "Reports"), computed from review records.
export { buildReports, type ReportInput, type Reports } from './build-reports';
export {
  type CompletenessReport,
  listMissingFields,
  type MissingField,
  type MissingFieldsOf,
  RECORD_KINDS,
  type RecordKind,
  type SharesByKind,
} from './completeness-report';
export { LENGTH_OF_STAY_BANDS, type LengthOfStayReport } from './length-of-stay-report';
export type { MonthRow, OperationsReport } from './operations-report';
export type { OutcomeRates } from './outcome-rates';
export { type ReportRecords, selectReportRecords } from './select-report-records';
export { NOT_RECORDED, type Rate, type Share } from './shares';
export type { SurgeonRow } from './surgeon-report';
export type { Count } from './tally';
