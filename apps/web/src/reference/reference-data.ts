import type { Hospital, StaffMember } from '@registry/domain';
import type { LocalStore } from '../local/local-store';

/** Hospitals and the staff directory, kept on the device so that pickers work offline. */
export interface ReferenceData {
  hospitals: Hospital[];
  staff: StaffMember[];
}

export const REFERENCE_KEY = 'reference';
export const EMPTY_REFERENCE: ReferenceData = { hospitals: [], staff: [] };

export async function loadReferenceData(store: LocalStore): Promise<ReferenceData> {
  return (await store.getMeta<ReferenceData>(REFERENCE_KEY)) ?? EMPTY_REFERENCE;
}
