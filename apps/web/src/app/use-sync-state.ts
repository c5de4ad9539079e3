import { useSyncExternalStore } from 'react';
import type { SyncState } from '../sync/sync-controller';
import { useServices } from './services-context';

export function useSyncState(): SyncState {
  const { sync } = useServices();
  return useSyncExternalStore(
    (listener) => sync.subscribe(listener),
    () => sync.state,
  );
}
