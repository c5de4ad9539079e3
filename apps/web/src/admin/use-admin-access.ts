import { useMemo } from 'react';
import { useServices } from '../app/services-context';
import { useSession } from '../app/use-session';
import { refreshReferenceData } from '../reference/refresh-reference-data';
import { useOnline } from '../shell/use-online';
import { type AdminApi, adminApi } from './admin-api';

export interface ReadyAccess {
  ready: true;
  api: AdminApi;
  /**
   * Fetches the hospitals and staff directory again after a change, so this device's pickers show it
   * at once rather than after the next sync. Best effort: the next sync fetches them anyway.
   */
  refreshReference: () => void;
}

/** What an admin screen can do now: call the server, or say why it cannot. */
export type AdminAccess = ReadyAccess | { ready: false; reason: 'offline' | 'signed-out' };

/**
 * The admin API bound to the session's token. Administration happens on the server only, so without a
 * network or a token the server still accepts, a screen says so instead of failing call by call.
 */
export function useAdminAccess(): AdminAccess {
  const { session, store } = useServices();
  const state = useSession();
  const online = useOnline();
  const token = state.status === 'active' && state.canSync ? session.token() : undefined;
  const access = useMemo<AdminAccess>(() => {
    if (!token) return { ready: false, reason: 'signed-out' };
    return {
      ready: true,
      // A 401 means the token is gone: the session stops using it and the screen asks for a sign-in.
      api: adminApi({ token, onUnauthorized: () => void session.tokenRejected(token) }),
      refreshReference: () => void refreshReferenceData(store, token).catch(() => undefined),
    };
  }, [token, session, store]);
  return online ? access : { ready: false, reason: 'offline' };
}
