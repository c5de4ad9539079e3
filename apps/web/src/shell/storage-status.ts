/** How much the browser lets this app keep, and whether it promised not to evict it. */
export interface StorageStatus {
  persisted: boolean | undefined;
  usage: number;
  quota: number;
  nearlyFull: boolean;
}

/** Above this share of the quota the app warns: a full store could refuse the next save. */
export const NEARLY_FULL = 0.9;

export async function storageStatus(): Promise<StorageStatus | undefined> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return undefined;
  const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
    storage.estimate(),
    storage.persisted?.().catch(() => undefined),
  ]);
  return { persisted, usage, quota, nearlyFull: quota > 0 && usage / quota > NEARLY_FULL };
}

/**
 * Asks the browser to keep this app's data even when the device runs short of space. Chromium
 * grants it to installed apps and sites used often, without a dialog; it may say no.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted?.()) return true;
  return storage.persist().catch(() => false);
}
