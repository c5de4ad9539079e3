import type { Credentials, FirstSyncOptions, FirstSyncResult, ReopenResult, SyncTiming } from './bench-api';
import { type Device, openDevice, type Session, signIn } from './device';
import { syncDevice } from './device-sync';
import { now, phaseTotals, resetPhases, storageNumbers, when } from './phases';

// The device kept between calls of one page: a first sync, or a reopened profile, then more syncs.
let current: { device: Device; session: Session } | undefined;

function signedIn() {
  if (!current) throw new Error('no device: call firstSync or reopen first');
  return current;
}

/** How long after the sync has ended search may still take to list the patient before giving up. */
const WATCH_AFTER_SYNC_MS = 10_000;

/** Polls search every 100 ms, as a person typing would, until it lists the patient. */
function watchSearch(device: Device, watch: FirstSyncOptions['watch'], from: number) {
  let stopAt = Number.POSITIVE_INFINITY;
  const found = new Promise<number | null>((resolve) => {
    const timer = setInterval(() => {
      const listed = device.index.search(watch.name).some((s) => s.patientId === watch.patientId);
      if (!listed && now() < stopAt) return;
      clearInterval(timer);
      resolve(listed ? now() - from : null);
    }, 100);
  });
  return {
    result: () => {
      stopAt = now() + WATCH_AFTER_SYNC_MS;
      return found;
    },
  };
}

export async function firstSync(options: FirstSyncOptions): Promise<FirstSyncResult> {
  const t0 = now();
  const device = await openDevice();
  const opened = now();
  const session = await signIn(device, options);
  current = { device, session };
  resetPhases();
  const start = now();
  const watch = watchSearch(device, options.watch, start);
  const watchNewest = watchSearch(device, options.watchNewest, start);
  let pages = 0;
  let firstPageMs = 0;
  const progress = await syncDevice(device, session, {
    pullLimit: options.pullLimit,
    onPage: () => {
      if (pages++ === 0) firstPageMs = now() - start;
    },
  });
  const synced = now();
  await when(
    (listener) => device.index.subscribe(listener),
    () => device.index.size >= options.patients,
  );
  const indexed = now();
  return {
    openMs: opened - t0,
    loginMs: start - opened,
    syncMs: synced - start,
    firstPageMs,
    indexCaughtUpMs: indexed - start,
    searchReadyMs: await watch.result(),
    newestReadyMs: await watchNewest.result(),
    pulled: progress.pulled,
    pages,
    patientsIndexed: device.index.size,
    phases: phaseTotals(),
    storage: await storageNumbers(),
  };
}

/** The app starting again on a device that holds the registry: open the store, load the index. */
export async function reopen(credentials: Credentials): Promise<ReopenResult> {
  const t0 = now();
  const device = await openDevice();
  const loaded = now();
  const session = await signIn(device, credentials);
  current = { device, session };
  return { indexLoadMs: loaded - t0, patients: device.index.size, loginMs: now() - loaded };
}

async function timedSync(ready: (device: Device) => boolean): Promise<SyncTiming> {
  const { device, session } = signedIn();
  resetPhases();
  const start = now();
  const progress = await syncDevice(device, session);
  const synced = now();
  await when(
    (listener) => device.index.subscribe(listener),
    () => ready(device),
  );
  return { syncMs: synced - start, readyMs: now() - start, pulled: progress.pulled, phases: phaseTotals() };
}

export const noopSync = () => timedSync(() => true);

export const pullNew = ({ patientIds }: { patientIds: string[] }) =>
  timedSync((device) => patientIds.every((id) => device.index.get(id) !== undefined));
