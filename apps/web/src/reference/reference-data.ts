import {
  type Hospital,
  hospitalsResponseSchema,
  type StaffMember,
  staffResponseSchema,
} from '@registry/domain';
import type { LocalStore } from '../local/local-store';
import { apiRequest } from '../sync/api-request';

/** Hospitals and the staff directory, kept on the device so that pickers work offline. */
export interface ReferenceData {
  hospitals: Hospital[];
  staff: StaffMember[];
}

export const REFERENCE_KEY = 'reference';
export const EMPTY_REFERENCE: ReferenceData = { hospitals: [], staff: [] };

/** Fetches both lists and keeps them, replacing the old ones only when both arrived. */
export async function refreshReferenceData(
  store: LocalStore,
  token: string,
  fetchImpl?: typeof fetch,
): Promise<ReferenceData> {
  const options = { token, fetch: fetchImpl };
  const [{ hospitals }, { staff }] = await Promise.all([
    apiRequest('/api/hospitals', hospitalsResponseSchema, { method: 'GET' }, options),
    apiRequest('/api/staff', staffResponseSchema, { method: 'GET' }, options),
  ]);
  const data = { hospitals, staff };
  await store.setMeta(REFERENCE_KEY, data);
  return data;
}

export async function loadReferenceData(store: LocalStore): Promise<ReferenceData> {
  return (await store.getMeta<ReferenceData>(REFERENCE_KEY)) ?? EMPTY_REFERENCE;
}
