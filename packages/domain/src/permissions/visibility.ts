import { recordHospitalId } from '../records';
import type { Entity } from '../versions/version';
import { type Actor, hasRole } from './roles';

/** Coordinators and admins see every hospital; a surgeon only those they belong to. */
export function seesAllHospitals(actor: Actor): boolean {
  return hasRole(actor.role, 'coordinator');
}

export function canSeeHospital(actor: Actor, hospitalId: string | undefined): boolean {
  if (!actor.active) return false;
  if (seesAllHospitals(actor)) return true;
  return hospitalId !== undefined && actor.hospitalIds.includes(hospitalId);
}

/** Whether the actor may see a record whose (latest) data is `data`. */
export function canSeeRecord(actor: Actor, entity: Entity, data: Record<string, unknown>): boolean {
  return canSeeHospital(actor, recordHospitalId(entity, data));
}
