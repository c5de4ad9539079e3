import type { Role } from '../lists/roles';

export { ROLES, type Role } from '../lists/roles';

const RANK: Record<Role, number> = { surgeon: 0, coordinator: 1, admin: 2 };

/** Roles are nested: a coordinator may do all a surgeon may, an admin all a coordinator may. */
export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

/** The signed-in person as the rules see them. */
export interface Actor {
  id: string;
  role: Role;
  hospitalIds: readonly string[];
  active: boolean;
}
