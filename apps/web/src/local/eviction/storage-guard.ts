import type { LocalStore } from '../local-store';
import { type CookieJar, type DeviceCookie, formatDeviceCookie, writeDeviceCookie } from './device-cookie';
import { acknowledgeStorageLoss, DEVICE_ID, type StorageLoss } from './storage-loss';

/** How long to wait before each look at a database that closed under the app. */
const RECHECK_DELAYS_MS = [0, 250, 1_000, 3_000, 10_000];

export interface StorageGuardState {
  /** The store was deleted at an earlier time and the person has not acknowledged it yet. */
  loss?: StorageLoss;
  /** The store was deleted while the app was open: only a reload starts again on solid ground. */
  deletedWhileOpen: boolean;
}

/** Who signed in on the device: the session controller, as far as the guard needs it. */
export interface SignedInUsers {
  subscribe(listener: () => void): () => void;
  /** The user last signed in here, kept in the store across sign-outs. */
  rememberedUser(): unknown;
}

export interface StorageGuardOptions {
  cookies: CookieJar;
  /** A loss found at start and not yet acknowledged (storage-check.ts). */
  loss?: StorageLoss;
  now?: () => Date;
}

/**
 * Keeps the device cookie telling what the store holds (whenever the outbox or the signed-in user
 * changes), notices the store being deleted while the app is open, and holds what the storage notice
 * shows. Once the store is gone the cookie is no longer written: it must still tell, at the next
 * start, what the deleted store held, not what the empty one that replaces it holds.
 */
export class StorageGuard {
  private current: StorageGuardState;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => Date;
  private written: string | undefined;
  /** Set from the moment the database closes under the app until it is found intact again. */
  private frozen = false;
  private refreshing: Promise<void> | undefined;
  private checking: Promise<void> | undefined;
  private again = false;
  private users: SignedInUsers | undefined;

  constructor(
    private readonly store: LocalStore,
    readonly deviceId: string,
    private readonly options: StorageGuardOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.current = { deletedWhileOpen: false, ...(options.loss ? { loss: options.loss } : {}) };
  }

  get state(): StorageGuardState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes the cookie now and whenever the store or the signed-in user changes; returns a stop. */
  watch(users: SignedInUsers): () => void {
    this.users = users;
    const stopStore = this.store.subscribe(() => void this.refresh());
    const stopUsers = users.subscribe(() => void this.refresh());
    // Dexie closes the database when it is deleted from elsewhere (versionchange) and when the
    // browser closes it by force (site data cleared): either way, check whether it is still ours.
    const onClose = () => this.closed();
    this.store.db.on('close', onClose);
    void this.refresh();
    return () => {
      stopStore();
      stopUsers();
      this.store.db.on('close').unsubscribe(onClose);
    };
  }

  /** The person read the loss notice: it is recorded, and not shown again. */
  async acknowledge(): Promise<void> {
    await acknowledgeStorageLoss(this.store, this.now());
    const { loss: _loss, ...rest } = this.current;
    this.set(rest);
  }

  /** Resolves when the cookie says what the store holds now, and a closed database was looked at. */
  async settled(): Promise<void> {
    while (this.refreshing || this.checking) await (this.checking ?? this.refreshing);
  }

  /** One refresh at a time, and one more after it if anything changed meanwhile. */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        await this.writeCookie().catch(() => undefined);
      } while (this.again);
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async writeCookie(): Promise<void> {
    if (this.frozen) return;
    const { db } = this.store;
    const [pending, oldest] = await db.transaction('r', db.outbox, () =>
      Promise.all([db.outbox.count(), db.outbox.orderBy('order').first()]),
    );
    // The read may have finished on a database that has since been deleted: write nothing then.
    if (this.frozen) return;
    const cookie: DeviceCookie = {
      deviceId: this.deviceId,
      held: pending > 0 || this.users?.rememberedUser() !== undefined,
      pending,
      ...(oldest ? { oldestPendingAt: oldest.version.createdAt } : {}),
    };
    const value = formatDeviceCookie(cookie);
    if (value === this.written) return;
    writeDeviceCookie(this.options.cookies, cookie);
    this.written = value;
  }

  private closed(): void {
    this.frozen = true;
    // Dexie reopens on the next read; closing events may come in a burst, so one look at a time.
    const check: Promise<void> = (this.checking ?? Promise.resolve()).then(() => this.checkStillOurs());
    this.checking = check;
    void check.finally(() => {
      if (this.checking === check) this.checking = undefined;
    });
  }

  /**
   * Deleted: the database reopens empty, without this device's id. Upgraded by a newer version of the
   * app in another tab, or closed for no such reason: it reopens with the id, and the cookie goes on
   * being kept. While the browser is still clearing the site, a read may be aborted: look again a
   * little later; if it never answers, the cookie stays as it was, which is what a deletion needs.
   */
  private async checkStillOurs(): Promise<void> {
    for (const delay of RECHECK_DELAYS_MS) {
      // Never at once: Dexie finishes closing after telling of it.
      await new Promise((resolve) => setTimeout(resolve, delay));
      let id: string | undefined;
      try {
        // After a failed reopen Dexie keeps failing every read until it is opened again by hand.
        if (!this.store.db.isOpen()) await this.store.db.open();
        id = await this.store.getMeta<string>(DEVICE_ID);
      } catch {
        continue;
      }
      if (id === this.deviceId) {
        this.frozen = false;
        await this.refresh();
      } else if (!this.current.deletedWhileOpen) {
        console.warn('The browser deleted the registry store while the app was open; it must be reloaded.');
        this.set({ ...this.current, deletedWhileOpen: true });
      }
      return;
    }
  }

  private set(state: StorageGuardState): void {
    this.current = state;
    for (const listener of this.listeners) listener();
  }
}
