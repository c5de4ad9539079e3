import type { LocalStore } from '../local-store';

/**
 * What the app found when the browser had deleted its store: kept in the new store's meta, so that
 * the notice stays until the person acknowledges it and the Sync page can tell of it later.
 */
export interface StorageLoss {
  /** When the app found the store gone (ISO time): the deletion happened before, unseen. */
  detectedAt: string;
  /** Versions that had not reached the server, as the device cookie last counted them: gone. */
  lostChanges: number;
  /** When the oldest of them was saved (ISO time), when the cookie said. */
  oldestLostAt?: string;
  /** When the person said they had read the notice (ISO time); it is not shown again after. */
  acknowledgedAt?: string;
}

/** The meta key of the loss record. */
export const STORAGE_LOSS = 'storageLoss';
/** The meta key of the device id (the same key the store has always used). */
export const DEVICE_ID = 'deviceId';

export function readStorageLoss(store: LocalStore): Promise<StorageLoss | undefined> {
  return store.getMeta<StorageLoss>(STORAGE_LOSS);
}

/** Records that the person read the notice; returns the record as now kept. */
export async function acknowledgeStorageLoss(store: LocalStore, at: Date): Promise<StorageLoss | undefined> {
  const loss = await readStorageLoss(store);
  if (!loss || loss.acknowledgedAt) return loss;
  const acknowledged = { ...loss, acknowledgedAt: at.toISOString() };
  await store.setMeta(STORAGE_LOSS, acknowledged);
  return acknowledged;
}
