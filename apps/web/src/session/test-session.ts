import type { LoginResponse } from '@registry/domain';

/** The signed-in user of the session tests. */
export const TEST_USER = {
  id: '0192f4c2-0000-7000-8000-000000000001',
  username: 'surgeon',
  fullName: 'Baraka Masanja',
  role: 'surgeon' as const,
  hospitalIds: [],
};

/** The browser's localStorage, in memory, for the session's record of activity. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

/**
 * A server that signs TEST_USER in whatever the password and accepts a sign-out; anything else it is
 * asked (reference data) gets the sign-in answer, which its reader refuses quietly.
 */
export const signInServer = (async (url: string) => {
  if (String(url).endsWith('/api/auth/logout')) return new Response('{}', { status: 200 });
  const body: LoginResponse = { token: 't0k3n', expiresAt: '2099-01-01T00:00:00.000Z', user: TEST_USER };
  return new Response(JSON.stringify(body), { status: 200 });
}) as typeof fetch;
