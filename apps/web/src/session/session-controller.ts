import type { SessionUser } from '@registry/domain';
import type { LocalStore } from '../local/local-store';
import { SyncError } from '../sync/sync-error';
import { makePasswordCheck, passwordMatches } from './password-check';
import { SESSION_KEY, type StoredSession } from './stored-session';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  /** Idle too long: the password is asked again and checked on the device, with or without a network. */
  | { status: 'locked'; user: SessionUser }
  /** Recording works; `canSync` is false when the server's token expired (the outbox waits for a sign-in). */
  | { status: 'active'; user: SessionUser; canSync: boolean };

export interface SessionOptions {
  idleMs?: number;
  now?: () => Date;
  fetch?: typeof fetch;
  /** Where the last activity time is kept across reloads; localStorage in the browser. */
  activity?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Tells the app's other tabs of sign-ins and sign-outs, and hears theirs. */
  channel?: BroadcastChannel;
}

type SessionEvent = 'signed-in' | 'signed-out' | 'token-rejected';

export const DEFAULT_IDLE_MS = 15 * 60_000;
const ACTIVITY_KEY = 'registry.lastActivity';

/**
 * Who is using the device. The first sign-in on a device needs the server; afterwards the app opens
 * offline, and after an idle time asks for the password again, checked against a salted hash kept on
 * the device. An expired token never stops recording: it only stops syncing until the next sign-in.
 */
export class SessionController {
  private current: SessionState = { status: 'loading' };
  private stored: StoredSession | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly idleMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly store: LocalStore,
    private readonly deviceId: string,
    private readonly options: SessionOptions = {},
  ) {
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.now = options.now ?? (() => new Date());
    options.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (event.data === 'signed-in' || event.data === 'signed-out' || event.data === 'token-rejected')
        void this.followOtherTab(event.data);
    });
  }

  get state(): SessionState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the remembered session: active if used recently, locked if idle too long, else signed out. */
  async load(): Promise<void> {
    this.stored = await this.store.getMeta<StoredSession>(SESSION_KEY);
    if (!this.stored) {
      this.set({ status: 'signed-out' });
      return;
    }
    if (this.idleTooLong()) this.set({ status: 'locked', user: this.stored.user });
    else this.activate();
  }

  /** The bearer token for sync, while the server still accepts it. */
  token(): string | undefined {
    return this.current.status === 'active' ? this.stored?.token : undefined;
  }

  /**
   * Signs in with the server. Offline, the person last signed in on this device may still sign in
   * with their password, checked locally; anyone else needs the network once.
   */
  async signIn(username: string, password: string): Promise<void> {
    let response: Awaited<ReturnType<typeof this.login>>;
    try {
      response = await this.login(username, password);
    } catch (error) {
      const known = this.stored?.user.username.toLowerCase() === username.trim().toLowerCase();
      // No answer, or one that is not the server's (a proxy's error page, a captive portal): the
      // person last signed in here may go on with their password, checked on the device.
      const unreachable = error instanceof SyncError && (error.kind === 'offline' || error.kind === 'server');
      if (unreachable && known && this.stored) {
        if (await passwordMatches(password, this.stored.passwordCheck)) return this.activate();
        throw new SyncError('signed-out', 'The password is not the one last used on this device.');
      }
      if (error instanceof SyncError && error.kind === 'offline')
        throw new SyncError(
          'offline',
          'The first sign-in on this device needs a network. Try again when online.',
        );
      throw error;
    }
    // Another person's pulled records are not theirs to see; their unsynced work stays and waits.
    if (this.stored && this.stored.user.id !== response.user.id) await this.store.forgetPulled();
    this.stored = {
      user: response.user,
      token: response.token,
      expiresAt: response.expiresAt,
      passwordCheck: await makePasswordCheck(password),
      signedInAt: this.now().toISOString(),
    };
    await this.store.setMeta(SESSION_KEY, this.stored);
    this.activate();
    this.tellOtherTabs('signed-in');
  }

  /** Unlocks after an idle time, with no network needed. */
  async unlock(password: string): Promise<boolean> {
    if (!this.stored || !(await passwordMatches(password, this.stored.passwordCheck))) return false;
    this.activate();
    return true;
  }

  /** Called on activity (a tap, a key): keeps the session open. Locks once the idle time has passed. */
  touch(): void {
    if (this.current.status !== 'active') return;
    if (this.idleTooLong()) this.lock();
    else this.options.activity?.setItem(ACTIVITY_KEY, String(this.now().getTime()));
  }

  /** Locks if the idle time has passed since the last activity; checked on a timer. */
  checkIdle(): void {
    if (this.current.status === 'active' && this.idleTooLong()) this.lock();
  }

  /** More than the idle time since the last activity (kept across reloads). */
  private idleTooLong(): boolean {
    const last = Number(this.options.activity?.getItem(ACTIVITY_KEY) ?? 0);
    return this.now().getTime() - last > this.idleMs;
  }

  lock(): void {
    if (this.stored) this.set({ status: 'locked', user: this.stored.user });
  }

  /**
   * The server no longer accepts `token`: recording goes on, sync waits for a sign-in. A newer token
   * (someone signed in meanwhile) is kept.
   */
  async tokenRejected(token: string): Promise<void> {
    if (!this.stored?.token || this.stored.token !== token) return;
    const { token: _token, expiresAt: _expiresAt, ...rest } = this.stored;
    this.stored = rest;
    await this.store.setMeta(SESSION_KEY, this.stored);
    if (this.current.status === 'active') this.set({ ...this.current, canSync: false });
    this.tellOtherTabs('token-rejected');
  }

  /** Signs out: the token is given up; the device keeps its records and any unsynced work. */
  async signOut(): Promise<void> {
    const token = this.stored?.token;
    if (token) {
      // Best effort: offline, the token simply expires on the server in its own time.
      void import('./session-requests').then(({ logout }) => logout(token, this.options.fetch));
    }
    if (this.stored) {
      const { token: _t, expiresAt: _e, ...rest } = this.stored;
      this.stored = rest;
      await this.store.setMeta(SESSION_KEY, this.stored);
    }
    this.options.activity?.removeItem(ACTIVITY_KEY);
    this.set({ status: 'signed-out' });
    this.tellOtherTabs('signed-out');
  }

  /** The user last signed in on this device, offered on the sign-in screen. */
  rememberedUser(): SessionUser | undefined {
    return this.stored?.user;
  }

  private tellOtherTabs(event: SessionEvent): void {
    this.options.channel?.postMessage(event);
  }

  /**
   * Another tab signed in, out, or lost its token: this tab follows, so that it never saves as, or
   * shows the records of, someone who is no longer signed in here. Someone else signing in locks it:
   * their password is asked before their records are shown.
   */
  private async followOtherTab(event: SessionEvent): Promise<void> {
    const previous =
      this.current.status === 'active' || this.current.status === 'locked' ? this.current.user : undefined;
    this.stored = await this.store.getMeta<StoredSession>(SESSION_KEY);
    if (event === 'signed-out' || !this.stored) {
      this.set({ status: 'signed-out' });
    } else if (previous?.id !== this.stored.user.id) {
      this.set({ status: 'locked', user: this.stored.user });
    } else if (this.current.status === 'active') {
      this.set({ status: 'active', user: this.stored.user, canSync: this.stored.token !== undefined });
    }
  }

  private async login(username: string, password: string) {
    const { login } = await import('./session-requests');
    return login({ username, password, deviceId: this.deviceId }, this.options.fetch);
  }

  private activate(): void {
    if (!this.stored) return;
    this.options.activity?.setItem(ACTIVITY_KEY, String(this.now().getTime()));
    this.set({ status: 'active', user: this.stored.user, canSync: this.stored.token !== undefined });
  }

  private set(state: SessionState): void {
    this.current = state;
    for (const listener of this.listeners) listener();
  }
}
