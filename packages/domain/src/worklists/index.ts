export {
  addDays,
  FOLLOW_UP_DUE_DAYS,
  type FollowUpDue,
  type OpenOperation,
  type PatientWorklist,
  patientWorklist,
} from './patient-worklist';
