import { inCausalOrder, type PulledVersion, type Rejection, type Version } from '@registry/domain';
import type { OutboxEntry, SyncStore } from './sync-store';
import { settleWaiting } from './waiting-on-refused';

/** A device's storage in memory, for tests and simulation: the same contract as the IndexedDB store. */
export class MemorySyncStore implements SyncStore {
  /** Whose versions `resendOwn` sends again; every version held when unset. */
  constructor(private readonly authorId?: string) {}

  /** Every version the device holds, its own and pulled ones. */
  readonly versions = new Map<string, Version>();
  readonly outbox: OutboxEntry[] = [];
  private cursor = '';

  /** A local save: the version is held at once and waits in the outbox. */
  save(version: Version): void {
    this.versions.set(version.versionId, version);
    this.outbox.push({ version });
  }

  async pendingVersions(limit: number): Promise<Version[]> {
    return this.outbox
      .filter((entry) => entry.rejection === undefined)
      .slice(0, limit)
      .map((entry) => entry.version);
  }

  async settlePush(
    acknowledged: readonly string[],
    rejected: readonly Rejection[],
    waiting: readonly Rejection[] = [],
  ): Promise<void> {
    const done = new Set(acknowledged);
    const byId = new Map(this.outbox.map((entry) => [entry.version.versionId, entry]));
    const refusedIds = new Set(
      [...this.outbox.filter((e) => e.rejection !== undefined).map((e) => e.version.versionId)].concat(
        rejected.map((r) => r.versionId),
      ),
    );
    const later = settleWaiting(waiting, (id) => byId.get(id)?.version, refusedIds);
    const reasons = new Map([...rejected, ...later.refused].map((r) => [r.versionId, r.reason]));
    const waits = new Map(later.waiting.map((r) => [r.versionId, r.reason]));
    for (let i = this.outbox.length - 1; i >= 0; i--) {
      const entry = this.outbox[i];
      if (!entry) continue;
      const id = entry.version.versionId;
      if (done.has(id)) this.outbox.splice(i, 1);
      const reason = reasons.get(id);
      if (reason !== undefined) {
        entry.rejection = reason;
        delete entry.waiting;
      }
      const wait = waits.get(id);
      if (wait !== undefined) entry.waiting = wait;
    }
  }

  async pullCursor(): Promise<string> {
    return this.cursor;
  }

  async storePulled(versions: readonly PulledVersion[], cursor: string | undefined): Promise<void> {
    for (const { seq: _seq, receivedAt: _receivedAt, ...version } of versions) {
      this.versions.set(version.versionId, version);
    }
    if (cursor !== undefined) this.cursor = cursor;
  }

  async resendOwn(): Promise<number> {
    const waiting = new Set(this.outbox.map((entry) => entry.version.versionId));
    const again = inCausalOrder(
      [...this.versions.values()].filter(
        (v) => !waiting.has(v.versionId) && (this.authorId === undefined || v.authorId === this.authorId),
      ),
    );
    for (const version of again) this.outbox.push({ version });
    return again.length;
  }
}
