import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that precaches the app so it opens with no network. An update waits
 * for the person (the update prompt comes with the recording screens), so nothing reloads under a form.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
