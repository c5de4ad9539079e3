import { hospitalsResponseSchema, staffResponseSchema } from '@registry/domain';
import type { LocalStore } from '../local/local-store';
import { apiRequest } from '../sync/api-request';
import { REFERENCE_KEY, type ReferenceData } from './reference-data';

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
