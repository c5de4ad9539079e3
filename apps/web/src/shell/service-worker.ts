import { registerSW } from 'virtual:pwa-register';

type UpdateListener = (apply: () => void) => void;
const listeners = new Set<UpdateListener>();
let pending: (() => void) | undefined;

/**
 * Registers the service worker that precaches the app so it opens with no network on any route. A new
 * version waits (registerType 'prompt') until the person accepts it through the update prompt.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      pending = () => void updateSW(true);
      for (const listener of listeners) listener(pending);
    },
  });
}

/** Hears when a new version is ready; `apply` switches to it and reloads. */
export function onUpdateReady(listener: UpdateListener): () => void {
  listeners.add(listener);
  if (pending) listener(pending);
  return () => listeners.delete(listener);
}
