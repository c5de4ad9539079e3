export { createVersion, editVersion, restoreVersion, softDeleteVersion } from './edits';
export { computeHeads, preferredHead, type RecordState, recordState, recordStates } from './heads';
export { makeVersion } from './make-version';
export {
  dismissDuplicateVersion,
  mergePatientVersion,
  survivingPatientId,
  unmergePatientVersion,
} from './merge';
export { differingFields, pickFields, resolveConflictVersion } from './resolve';
export {
  DATA_SCHEMA_VERSION,
  ENTITIES,
  type Entity,
  idSchema,
  type StoredVersion,
  type Version,
  versionSchema,
} from './version';
export { type VersionKind, versionKind } from './version-kind';
export type { WriteContext } from './write-context';
