export { ACTION_ROLES, type Action, can } from './actions';
export { type Actor, hasRole, ROLES, type Role } from './roles';
export { canSeeHospital, canSeeRecord, seesAllHospitals } from './visibility';
export { checkWrite, ROLE_FOR_KIND, type WriteDecision } from './write-rules';
