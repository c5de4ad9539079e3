import { type Actor, hasRole } from './roles';

/** Screens and server actions outside the sync of records, each with the least role it needs. */
export const ACTION_ROLES = {
  manageUsers: 'admin',
  manageHospitals: 'admin',
  readAuditLog: 'admin',
  viewDevices: 'admin',
  restoreDeleted: 'admin',
  importDeviceExport: 'admin',
  resolveConflicts: 'coordinator',
  mergeDuplicates: 'coordinator',
  review: 'coordinator',
  reports: 'coordinator',
  export: 'coordinator',
  record: 'surgeon',
} as const;

export type Action = keyof typeof ACTION_ROLES;

export function can(actor: Actor, action: Action): boolean {
  return actor.active && hasRole(actor.role, ACTION_ROLES[action]);
}
