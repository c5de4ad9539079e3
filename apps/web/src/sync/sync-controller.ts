import type { LocalStore } from '../local/local-store';
import type { SessionController } from '../session/session-controller';
import type { SyncProgress } from './run-sync';
import { SyncError, type SyncErrorKind } from './sync-error';
import type { SyncTransport } from './sync-transport';

export interface SyncState {
  running: boolean;
  /** During a sync: what has gone up and come down so far. */
  progress?: SyncProgress;
  /** The end of the last sync that pushed and pulled everything (ISO time). */
  lastSuccessAt?: string;
  lastError?: { kind: SyncErrorKind; message: string; at: string };
  /** Versions waiting to go up (refused ones not counted). */
  pending: number;
  /** When the oldest waiting version was saved (ISO time). */
  oldestPendingAt?: string;
  /** Versions the server refused, kept with the reason until a person deals with them. */
  rejected: number;
  /** Of the pending versions, those the server cannot take until another device sends their parent. */
  waiting?: number;
}

export interface SyncControllerOptions {
  deviceId: string;
  appVersion: string;
  now?: () => Date;
  /** For tests: the transport to use instead of HTTP. */
  transport?: SyncTransport;
  fetch?: typeof fetch;
  /** After a save, wait this long for more saves before syncing. */
  debounceMs?: number;
  /** Sync on a timer this often while the app is open. */
  intervalMs?: number;
}

const LAST_SUCCESS = 'lastSyncSuccessAt';

/**
 * Runs the sync loop when it should (app start, coming online, shortly after saves, on a timer and
 * on "Sync now"), one run at a time, and keeps the state the screens show. "Synced" is only ever
 * derived from a run that finished with nothing left to push or pull.
 */
export class SyncController {
  private current: SyncState = { running: false, pending: 0, rejected: 0 };
  /**
   * Pending versions a sync now could send: the signed-in user's, not waiting for another device. Only
   * these call for another sync soon; the rest go at the regular interval, or the next save or sign-in.
   */
  private due = 0;
  private readonly listeners = new Set<() => void>();
  private run: Promise<void> | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private transport: SyncTransport | undefined;
  private runToken: string | undefined;
  private readonly now: () => Date;
  private stopStore: (() => void) | undefined;

  constructor(
    private readonly store: LocalStore,
    private readonly session: SessionController,
    private readonly options: SyncControllerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.transport = options.transport;
  }

  get state(): SyncState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the triggers; returns a function that stops them. */
  start(): () => void {
    void this.refreshCounts().then(async () => {
      const last = await this.store.getMeta<string>(LAST_SUCCESS);
      if (last) this.set({ lastSuccessAt: last });
      void this.syncNow();
    });
    const online = () => void this.syncNow();
    globalThis.addEventListener?.('online', online);
    this.stopStore = this.store.subscribe(() => {
      void this.refreshCounts();
      if (!this.current.running) this.scheduleAfterSave();
    });
    this.timer = setInterval(() => void this.syncNow(), this.options.intervalMs ?? 5 * 60_000);
    return () => {
      globalThis.removeEventListener?.('online', online);
      this.stopStore?.();
      clearInterval(this.timer);
      clearTimeout(this.debounce);
    };
  }

  /** One sync now, or the one already running. Never throws: failures are kept in the state. */
  syncNow(): Promise<void> {
    this.run ??= this.runOnce().finally(() => {
      this.run = undefined;
      // Saves made while the run was pulling were not pushed by it: go again shortly.
      if (this.due > 0 && !this.current.lastError) this.scheduleAfterSave();
    });
    return this.run;
  }

  /**
   * A sync as the user now signed in: one already running (perhaps as the previous user, whose
   * store writes a change of user refuses) finishes first, then a new run starts.
   */
  async syncAfterSignIn(): Promise<void> {
    await this.run;
    return this.syncNow();
  }

  private scheduleAfterSave(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      if (this.due > 0) void this.syncNow();
    }, this.options.debounceMs ?? 2_000);
  }

  private async runOnce(): Promise<void> {
    const user = this.session.state.status === 'active' ? this.session.state.user : undefined;
    // The token of this run, kept for all of it: a lock meanwhile must not stop it halfway, and a
    // sign-in as someone else meanwhile must not lend their token to this run.
    const token = this.session.token();
    if (!user || !token) {
      await this.refreshCounts().catch(() => undefined);
      return this.fail(
        new SyncError('signed-out', 'Sign in to sync; your work is kept on this device meanwhile.'),
      );
    }
    this.runToken = token;
    this.set({ running: true, progress: { pushed: 0, rejected: 0, pulled: 0, more: true } });
    try {
      const { HttpSyncTransport, refreshReferenceData, runSync } = await import('./sync-engine');
      this.transport ??= new HttpSyncTransport({
        token: () => this.runToken,
        deviceHeaders: () => this.deviceHeaders(),
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      });
      await runSync(this.store.syncStoreFor(user.id, this.now), this.transport, {
        deviceId: this.options.deviceId,
        onProgress: (progress) => this.set({ progress }),
      });
      await refreshReferenceData(this.store, token, this.options.fetch).catch(() => undefined);
      const at = this.now().toISOString();
      await this.store.setMeta(LAST_SUCCESS, at);
      await this.refreshCounts();
      this.current = { ...this.current, running: false, lastSuccessAt: at };
      delete this.current.lastError;
      delete this.current.progress;
      this.notify();
    } catch (error) {
      const failure =
        error instanceof SyncError
          ? error
          : new SyncError('server', 'The sync stopped unexpectedly; it will try again.');
      // Only the server's own 401 means the token is gone; a refusal made on the device is not.
      // Neither may throw here: the run must always end in a state the screens show.
      if (failure.status === 401) await this.session.tokenRejected(token).catch(() => undefined);
      await this.refreshCounts().catch(() => undefined);
      this.fail(failure);
    } finally {
      this.runToken = undefined;
    }
  }

  private fail(error: SyncError): void {
    this.current = {
      ...this.current,
      running: false,
      lastError: { kind: error.kind, message: error.message, at: this.now().toISOString() },
    };
    delete this.current.progress;
    this.notify();
  }

  private async refreshCounts(): Promise<void> {
    const rows = await this.store.outbox();
    const me = this.session.state.status === 'active' ? this.session.state.user.id : undefined;
    let pending = 0;
    let rejected = 0;
    let waiting = 0;
    let due = 0;
    let oldest: string | undefined;
    for (const row of rows) {
      if (row.rejection !== undefined) rejected++;
      else {
        pending++;
        if (row.waiting !== undefined) waiting++;
        else if (row.version.authorId === me) due++;
        if (!oldest || row.version.createdAt < oldest) oldest = row.version.createdAt;
      }
    }
    this.due = due;
    const next: SyncState = { ...this.current, pending, rejected, waiting };
    if (oldest) next.oldestPendingAt = oldest;
    else delete next.oldestPendingAt;
    this.current = next;
    this.notify();
  }

  private deviceHeaders(): Record<string, string> {
    return {
      'X-Device-Id': this.options.deviceId,
      'X-App-Version': this.options.appVersion,
      'X-Pending-Versions': String(this.current.pending),
      ...(this.current.oldestPendingAt ? { 'X-Oldest-Pending-At': this.current.oldestPendingAt } : {}),
    };
  }

  private set(patch: Partial<SyncState>): void {
    this.current = { ...this.current, ...patch };
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
