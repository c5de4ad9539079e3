import type { SessionUser } from '@registry/domain';
import { type Action, can } from '@registry/domain';
import { useSyncExternalStore } from 'react';
import type { SessionState } from '../session/session-controller';
import { useServices } from './services-context';

export function useSession(): SessionState {
  const { session } = useServices();
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.state,
  );
}

/** The signed-in user; screens behind the sign-in gate can rely on one. */
export function useUser(): SessionUser {
  const state = useSession();
  if (state.status !== 'active' && state.status !== 'locked') throw new Error('No one is signed in.');
  return state.user;
}

/** Whether the signed-in user's role allows an action (a signed-in user is an active one). */
export function useCan(action: Action): boolean {
  return can({ ...useUser(), active: true }, action);
}
