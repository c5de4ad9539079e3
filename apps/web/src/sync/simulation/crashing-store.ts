import type { PulledVersion, Rejection, Version } from '@registry/domain';
import type { SyncStore } from '../sync-store';

export class CrashError extends Error {}

/**
 * A device's store that may crash (the app killed) before any one of its atomic steps: what was
 * written stays written, and the step that did not happen did not happen at all.
 */
export class CrashingStore implements SyncStore {
  crashes = 0;

  constructor(
    readonly inner: SyncStore,
    private readonly random: () => number,
    private readonly rate: number,
  ) {}

  private step(): void {
    if (this.random() < this.rate) {
      this.crashes++;
      throw new CrashError('the device crashed');
    }
  }

  async pendingVersions(limit: number): Promise<Version[]> {
    this.step();
    return this.inner.pendingVersions(limit);
  }

  async settlePush(
    acknowledged: readonly string[],
    rejected: readonly Rejection[],
    waiting?: readonly Rejection[],
  ): Promise<void> {
    this.step();
    return this.inner.settlePush(acknowledged, rejected, waiting);
  }

  async pullCursor(): Promise<string> {
    this.step();
    return this.inner.pullCursor();
  }

  async storePulled(versions: readonly PulledVersion[], cursor: string | undefined): Promise<void> {
    this.step();
    return this.inner.storePulled(versions, cursor);
  }

  async resendOwn(): Promise<number> {
    this.step();
    return this.inner.resendOwn();
  }
}
