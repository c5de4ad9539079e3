// The duplicate-patient scorer: pure, no IO. Coordinators' "possible duplicates" list and the
// registration form's "is this person already here?" both come through here.
export { blockingKeys } from './blocking-keys';
export {
  DEFAULT_DUPLICATE_THRESHOLD,
  type FindDuplicatesOptions,
  findDuplicates,
  MAX_BLOCK_SIZE,
} from './find-duplicates';
export { type NameCensus, nameCensus } from './name-census';
export { type PreparedCandidate, prepareCandidate } from './prepare-candidate';
export { suggestsTwoPeople } from './reason-side';
export { DUPLICATE_WEIGHTS, scorePair, scorePrepared } from './score-pair';
export type {
  DuplicateCandidate,
  DuplicatePair,
  DuplicateReason,
  DuplicateReasonCode,
  PairScore,
} from './types';
