import type { PhaseTotals, StorageNumbers } from './bench-api';

// Where a sync's time goes, as performance.measure entries (visible in a DevTools trace too), summed
// by name at the end. Phases of one page of a pull run one after another, so they add up to it.

export const now = () => performance.now();

export function measure(name: string, start: number, end = now()): void {
  performance.measure(name, { start, end });
}

export function resetPhases(): void {
  performance.clearMarks();
  performance.clearMeasures();
}

export function phaseTotals(): PhaseTotals {
  const totals: PhaseTotals = {};
  for (const entry of performance.getEntriesByType('measure')) {
    const total = totals[entry.name] ?? { ms: 0, count: 0 };
    total.ms += entry.duration;
    total.count++;
    totals[entry.name] = total;
  }
  return totals;
}

type AsyncMethod = (...args: never[]) => PromiseLike<unknown>;

/**
 * Measures every call of an object's promise-returning method under `name`, calling `onEnd` with the
 * call's start and end. Chains with `.then` so that a Dexie promise stays a Dexie promise (and keeps
 * its transaction).
 */
export function timeMethod<T extends object>(
  target: T,
  key: keyof T & string,
  name: string,
  onEnd?: (start: number, end: number) => void,
): void {
  const original = target[key] as unknown as AsyncMethod;
  const timed = function (this: unknown, ...args: never[]) {
    const start = now();
    return original.apply(this, args).then((value) => {
      const end = now();
      measure(name, start, end);
      onEnd?.(start, end);
      return value;
    });
  };
  Object.assign(target, { [key]: timed });
}

export async function storageNumbers(): Promise<StorageNumbers> {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: { indexedDB?: number };
  };
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  const idb = estimate.usageDetails?.indexedDB;
  return { usageMB: mb(estimate.usage ?? 0), indexedDbMB: idb === undefined ? null : mb(idb) };
}

/** Resolves when `ready()` holds, checking now and after each `subscribe` notice; fails after `timeoutMs`. */
export function when(
  subscribe: (listener: () => void) => () => void,
  ready: () => boolean,
  timeoutMs = 120_000,
): Promise<void> {
  if (ready()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = subscribe(() => {
      if (!ready()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
