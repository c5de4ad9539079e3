import type { PulledVersion, Rejection, Version } from '@registry/domain';
import type { OutboxEntry, SyncStore } from './sync-store';

/** A device's storage in memory, for tests and simulation: the same contract as the IndexedDB store. */
export class MemorySyncStore implements SyncStore {
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

  async settlePush(acknowledged: readonly string[], rejected: readonly Rejection[]): Promise<void> {
    const done = new Set(acknowledged);
    const reasons = new Map(rejected.map((r) => [r.versionId, r.reason]));
    for (let i = this.outbox.length - 1; i >= 0; i--) {
      const entry = this.outbox[i];
      if (!entry) continue;
      if (done.has(entry.version.versionId)) this.outbox.splice(i, 1);
      const reason = reasons.get(entry.version.versionId);
      if (reason !== undefined) entry.rejection = reason;
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
}
