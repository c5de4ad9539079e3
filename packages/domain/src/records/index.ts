// The public API of the record schemas and the fixed lists they use.
// Roles are exported by permissions/, which owns what they may do.
export * from '../lists/antibiotic-timings';
export * from '../lists/complication-codes';
export * from '../lists/drugs';
export * from '../lists/episode-types';
export * from '../lists/event-log-kinds';
export * from '../lists/follow-up-lists';
export * from '../lists/gender';
export * from '../lists/is-code';
export * from '../lists/medication-routes';
export * from '../lists/mesh-types';
export * from '../lists/surgery-lists';
export * from '../lists/tanzania-places';
export * from '../lists/tri-state';
export { birthYearFromAge, EARLIEST_BIRTH_YEAR, OLDEST_AGE } from './birth-year';
export { type Complication, complicationSchema, MAX_COMPLICATIONS } from './complication';
export { daysBetween, FUTURE_SLACK_DAYS, isInFuture, latestPossibleDate } from './dates';
export { type DischargeEpisodeData, MAX_ANTIBIOTIC_DAYS } from './discharge-episode';
export { type EpisodeData, episodeDataSchema, type SurgeryReference } from './episode';
export { type EventLogData, eventLogDataSchema } from './event-log';
export { EARLIEST_DATE } from './fields';
export type { FollowUpEpisodeData } from './follow-up-episode';
export { type Hospital, hospitalSchema } from './hospital';
export { lengthOfStayDays } from './length-of-stay';
export { missingFields, reportFieldsFor } from './missing-fields';
export { normalizeRecordInput } from './normalize-input';
export { MAX_PHONES, type PatientData, type Phone, patientDataSchema } from './patient';
export type { Problem, ValidationResult } from './problems';
export { recordHospitalId } from './record-hospital-id';
export { REPORT_FIELDS, type ReportField } from './report-fields';
export { type StaffMember, staffMemberSchema } from './staff-member';
export { MAX_PREVIOUS_REPAIRS, type SurgeryEpisodeData } from './surgery-episode';
export {
  RECORD_DATA_SCHEMAS,
  type RecordData,
  type RecordDataByEntity,
  type ReferenceDataByKind,
  type ValidationContext,
  validateRecordData,
  validateReferenceData,
} from './validate-record-data';
export { VITAL_SIGN_RANGES, type VitalSign } from './vitals';
