import type { Hospital, SessionUser, StaffMember } from '@registry/domain';

// Who and where can be picked in an episode form, from the reference data kept on the device.
// A value already recorded is always offered, even when that person left or the hospital closed,
// so that opening an old record and saving it changes nothing the person did not touch.

export interface PickOption {
  id: string;
  /** Undefined when the reference data on this device does not know the id (not synced yet). */
  name?: string;
  active: boolean;
}

const byName = (a: PickOption, b: PickOption) =>
  (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || a.id.localeCompare(b.id);

function withKept<T extends { id: string }>(
  offered: readonly T[],
  all: readonly T[],
  keep: readonly string[],
  toOption: (item: T) => PickOption,
): PickOption[] {
  const options = new Map(offered.map((item) => [item.id, toOption(item)]));
  for (const id of keep) {
    if (!id || options.has(id)) continue;
    const known = all.find((item) => item.id === id);
    options.set(id, known ? toOption(known) : { id, active: false });
  }
  return [...options.values()].sort(byName);
}

/**
 * Active staff of the hospital (all active staff when no hospital is chosen, or when the device
 * knows no one there yet), plus the people already recorded.
 */
export function staffChoices(
  staff: readonly StaffMember[],
  hospitalId: string | undefined,
  keep: readonly string[],
): PickOption[] {
  const active = staff.filter((s) => s.active);
  const atHospital = hospitalId ? active.filter((s) => s.hospitalIds.includes(hospitalId)) : active;
  return withKept(atHospital.length > 0 ? atHospital : active, staff, keep, (s) => ({
    id: s.id,
    name: s.fullName,
    active: s.active,
  }));
}

/**
 * The hospitals the user may record at: a surgeon's own hospitals, every active hospital for
 * coordinators and admins (who work everywhere), plus the one already recorded.
 */
export function hospitalChoices(
  hospitals: readonly Hospital[],
  user: Pick<SessionUser, 'role' | 'hospitalIds'>,
  keep: readonly string[],
): PickOption[] {
  const offered = hospitals.filter(
    (h) => h.active && (user.role !== 'surgeon' || user.hospitalIds.includes(h.id)),
  );
  // A surgeon whose hospitals are not in the device's list yet still gets them, by id.
  const own = user.role === 'surgeon' ? user.hospitalIds : [];
  return withKept(offered, hospitals, [...own, ...keep], (h) => ({
    id: h.id,
    name: h.name,
    active: h.active,
  }));
}

/** A name for an id of the directory, or undefined when this device does not know it. */
export function nameOf(list: readonly { id: string; fullName?: string; name?: string }[], id: unknown) {
  if (typeof id !== 'string') return undefined;
  const found = list.find((item) => item.id === id);
  return found?.fullName ?? found?.name;
}
