import type { Entity } from '../versions/version';
import { isPlainObject } from './normalize-input';

/**
 * The hospital whose staff may see and edit this record. A patient belongs to the hospital that
 * registered it; episodes and log entries carry their own hospital, so permission checks never
 * need a second record. Undefined when the data does not say (such data fails validation anyway).
 */
export function recordHospitalId(entity: Entity, data: unknown): string | undefined {
  if (!isPlainObject(data)) return undefined;
  const value = entity === 'patient' ? data.registeredHospitalId : data.hospitalId;
  if (typeof value !== 'string') return undefined;
  const id = value.trim();
  return id === '' ? undefined : id;
}
