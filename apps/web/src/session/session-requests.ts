import { type LoginRequest, type LoginResponse, loginResponseSchema } from '@registry/domain';
import { z } from 'zod';
import { apiRequest } from '../sync/api-request';

// Sign-in and sign-out calls, loaded when first needed so that the first screen does not carry zod.

export function login(request: LoginRequest, fetchImpl?: typeof fetch): Promise<LoginResponse> {
  return apiRequest(
    '/api/auth/login',
    loginResponseSchema,
    { method: 'POST', body: JSON.stringify(request) },
    { fetch: fetchImpl },
  );
}

/** Best effort: a failure (offline) is ignored, as the token then expires on the server in its own time. */
export async function logout(token: string, fetchImpl?: typeof fetch): Promise<void> {
  await apiRequest('/api/auth/logout', z.unknown(), { method: 'POST' }, { token, fetch: fetchImpl }).catch(
    () => undefined,
  );
}
