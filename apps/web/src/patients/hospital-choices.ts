import { type Hospital, type Role, seesAllHospitals } from '@registry/domain';
import type { Choice } from '../forms/choice-buttons';

/**
 * The hospitals a patient can be registered at by this user: a surgeon's own hospitals, or every
 * active hospital for coordinators and admins, by name. A hospital the user belongs to but whose
 * name has not reached the device yet is still offered (by its id), and so is the record's current
 * hospital, so that editing never silently changes it.
 */
export function hospitalChoices(
  user: { id: string; role: Role; hospitalIds: readonly string[] },
  hospitals: readonly Hospital[],
  current?: string,
): Choice[] {
  const all = seesAllHospitals({ ...user, active: true });
  const byId = new Map(hospitals.map((h) => [h.id, h]));
  const ids = new Set<string>(all ? hospitals.filter((h) => h.active).map((h) => h.id) : []);
  for (const id of user.hospitalIds) ids.add(id);
  if (current) ids.add(current);
  return [...ids]
    .map((id) => ({ value: id, label: byId.get(id)?.name ?? id }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
