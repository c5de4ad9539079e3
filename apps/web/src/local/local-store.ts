import { inCausalOrder, type PulledVersion, type Rejection, type Version } from '@registry/domain';
import type { SyncStore } from '../sync/sync-store';
import { settleWaiting } from '../sync/waiting-on-refused';
import { chartKey } from './chart-key';
import { type PatientSummary, summarizeChart } from './patient-summary';
import type { ChartRow, OutboxRow, RegistryDb } from './registry-db';
import { bucketOf, groupByBucket } from './summary-buckets';

/**
 * Told which patients' charts changed. An empty list: only the outbox changed. `EVERY_PATIENT` in the
 * list: anything may have changed (the store was emptied for another user).
 */
export type ChangeListener = (patientIds: readonly string[], summaries?: readonly PatientSummary[]) => void;
export const EVERY_PATIENT = '*';

const PULL_CURSOR = 'pullCursor';
/** Counts the times pulled records were forgotten for another user; a sync begun before is stale. */
const PULL_EPOCH = 'pullEpoch';

/**
 * The device's store of versions over IndexedDB. Every write is one Dexie transaction over the
 * charts, their summaries and the outbox, so a crash leaves either all of a save or none of it.
 * Listeners hear which patients changed, with their new summaries, in this tab; other tabs hear the
 * ids through a BroadcastChannel and read the summaries themselves.
 */
export class LocalStore {
  private readonly listeners = new Set<ChangeListener>();

  constructor(
    readonly db: RegistryDb,
    private readonly channel?: BroadcastChannel,
  ) {
    channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (Array.isArray(event.data)) this.emit(event.data as string[], undefined, false);
    });
  }

  /** A local save: the versions are on the device and in the outbox together, or not at all. */
  async save(versions: Version | readonly Version[]): Promise<void> {
    const list = Array.isArray(versions) ? versions : [versions as Version];
    const { db } = this;
    const changed = await db.transaction('rw', [db.charts, db.summaryBuckets, db.outbox], async () => {
      await db.outbox.bulkAdd(list.map((version) => ({ versionId: version.versionId, version })));
      return this.applyToCharts(list);
    });
    this.emitChanged(changed);
  }

  /** The versions of one patient's chart: the patient, its episodes and their log entries. */
  async chart(patientId: string): Promise<Version[]> {
    return (await this.db.charts.get(patientId))?.versions ?? [];
  }

  async summary(patientId: string): Promise<PatientSummary | undefined> {
    const row = await this.db.summaryBuckets.get(bucketOf(patientId));
    return row && Object.hasOwn(row.summaries, patientId) ? row.summaries[patientId] : undefined;
  }

  /** The summaries of these patients that the store holds, in no particular order. */
  async summaries(patientIds: readonly string[]): Promise<PatientSummary[]> {
    const rows = await this.db.summaryBuckets.bulkGet([...new Set(patientIds.map(bucketOf))]);
    const wanted = new Set(patientIds);
    return rows.flatMap((row) =>
      row ? Object.values(row.summaries).filter((s) => wanted.has(s.patientId)) : [],
    );
  }

  async allSummaries(): Promise<PatientSummary[]> {
    return (await this.db.summaryBuckets.toArray()).flatMap((row) => Object.values(row.summaries));
  }

  /** Every version waiting to go up, in the order it was saved, refused ones included. */
  outbox(): Promise<OutboxRow[]> {
    return this.db.outbox.orderBy('order').toArray();
  }

  /** The ids among these versions that the device holds (every held version is in its chart). */
  async heldVersionIds(versions: readonly Version[]): Promise<Set<string>> {
    const rows = await this.existingCharts([...new Set(versions.map(chartKey))]);
    const wanted = new Set(versions.map((v) => v.versionId));
    const held = new Set<string>();
    for (const row of rows.values()) {
      for (const v of row.versions) if (wanted.has(v.versionId)) held.add(v.versionId);
    }
    return held;
  }

  /**
   * Versions from another device's export file, signed by the user importing it: saved here and put
   * into the outbox as a local save would be, except those the device already holds (so importing a
   * file twice adds nothing). Returns the ids it added.
   */
  async saveImported(versions: readonly Version[]): Promise<string[]> {
    const { db } = this;
    const { added, changed } = await db.transaction(
      'rw',
      [db.charts, db.summaryBuckets, db.outbox],
      async () => {
        const held = await this.heldVersionIds(versions);
        const fresh = versions.filter((v) => !held.has(v.versionId) && held.add(v.versionId));
        await db.outbox.bulkAdd(fresh.map((version) => ({ versionId: version.versionId, version })));
        return { added: fresh.map((v) => v.versionId), changed: await this.applyToCharts(fresh) };
      },
    );
    if (added.length > 0) this.emitChanged(changed);
    return added;
  }

  /**
   * Versions the server has just acknowledged holding (an admin's import of someone else's work):
   * into their charts as a pull would put them, not into the outbox.
   */
  async storeAcknowledged(versions: readonly Version[]): Promise<void> {
    const { db } = this;
    const changed = await db.transaction('rw', [db.charts, db.summaryBuckets], () =>
      this.applyToCharts(versions),
    );
    if (changed.summaries.length > 0) this.emitChanged(changed);
  }

  /** Asks for a refused version to be pushed again (after its cause was fixed on the server). */
  async retryRejected(versionId: string): Promise<void> {
    await this.db.outbox
      .where('versionId')
      .equals(versionId)
      .modify((row) => {
        delete row.rejection;
        delete row.rejectedAt;
      });
    this.emit([]);
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.meta.get(key))?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }

  /**
   * The sync engine's view for one signed-in user: only that user's versions go up, because no one
   * signs for someone else; another user's unsynced work waits on the device for their next sign-in.
   */
  syncStoreFor(authorId: string, now: () => Date = () => new Date()): SyncStore {
    const { db } = this;
    // The epoch this sync began in: if another user signs in meanwhile, its pulls must not be stored.
    let epoch: number | undefined;
    const begin = async () => {
      epoch ??= (await this.getMeta<number>(PULL_EPOCH)) ?? 0;
      return epoch;
    };
    return {
      pendingVersions: async (limit) => {
        await begin();
        return (
          await db.outbox
            .orderBy('order')
            .filter((row) => row.rejection === undefined && row.version.authorId === authorId)
            .limit(limit)
            .toArray()
        ).map((row) => row.version);
      },
      settlePush: (acknowledged, rejected, waiting) =>
        this.settlePush(acknowledged, rejected, waiting, now()),
      pullCursor: async () => {
        await begin();
        return (await this.getMeta<string>(PULL_CURSOR)) ?? '';
      },
      storePulled: async (versions, cursor) => this.storePulled(versions, cursor, await begin()),
      resendOwn: () => this.resendOwn(authorId),
    };
  }

  /** See SyncStore.resendOwn: one transaction, and a version already waiting is not added twice. */
  private async resendOwn(authorId: string): Promise<number> {
    const { db } = this;
    const added = await db.transaction('rw', [db.charts, db.outbox], async () => {
      const waiting = new Set((await db.outbox.toArray()).map((row) => row.versionId));
      const again = inCausalOrder(
        (await db.charts.toArray())
          .flatMap((chart) => chart.versions)
          .filter((v) => v.authorId === authorId && !waiting.has(v.versionId)),
      );
      await db.outbox.bulkAdd(
        again.map((version) => ({ versionId: version.versionId, version, resent: true })),
      );
      return again.length;
    });
    if (added > 0) this.emit([]);
    return added;
  }

  /**
   * Forgets what was pulled (another user signed in on this device) but keeps every version still
   * waiting to go up, so that no one's unsynced work is lost.
   */
  async forgetPulled(): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.charts, db.summaryBuckets, db.outbox, db.meta], async () => {
      // Versions put back by a restore were synced once: the next user need not see them (they wait,
      // hidden, for their author). Unsynced work stays visible, as it always has.
      const waiting = (await db.outbox.toArray()).filter((row) => !row.resent).map((row) => row.version);
      await db.charts.clear();
      await db.summaryBuckets.clear();
      await db.meta.delete(PULL_CURSOR);
      const epoch = (await db.meta.get(PULL_EPOCH))?.value;
      await db.meta.put({ key: PULL_EPOCH, value: (typeof epoch === 'number' ? epoch : 0) + 1 });
      await this.applyToCharts(waiting);
    });
    this.emit([EVERY_PATIENT]);
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async settlePush(
    acknowledged: readonly string[],
    rejected: readonly Rejection[],
    waiting: readonly Rejection[] = [],
    at: Date,
  ) {
    const { db } = this;
    await db.transaction('rw', db.outbox, async () => {
      await db.outbox
        .where('versionId')
        .anyOf([...acknowledged])
        .delete();
      const rows = await db.outbox.toArray();
      const byId = new Map(rows.map((row) => [row.versionId, row.version]));
      const refusedIds = new Set([
        ...rows.filter((row) => row.rejection !== undefined).map((row) => row.versionId),
        ...rejected.map((r) => r.versionId),
      ]);
      const later = settleWaiting(waiting, (id) => byId.get(id), refusedIds);
      for (const { versionId, reason } of [...rejected, ...later.refused]) {
        await db.outbox
          .where('versionId')
          .equals(versionId)
          .modify((row) => {
            row.rejection = reason;
            row.rejectedAt = at.toISOString();
            delete row.waiting;
          });
      }
      for (const { versionId, reason } of later.waiting) {
        await db.outbox.where('versionId').equals(versionId).modify({ waiting: reason });
      }
    });
    this.emit([]);
  }

  private async storePulled(
    pulled: readonly PulledVersion[],
    cursor: string | undefined,
    epoch: number,
  ): Promise<void> {
    const versions = pulled.map(({ seq: _seq, receivedAt: _receivedAt, ...version }) => version);
    const { db } = this;
    const changed = await db.transaction('rw', [db.charts, db.summaryBuckets, db.meta], async () => {
      if (((await db.meta.get(PULL_EPOCH))?.value ?? 0) !== epoch)
        throw new Error(
          'Another person signed in on this device while it was syncing; that sync was stopped.',
        );
      const applied = await this.applyToCharts(versions);
      if (cursor !== undefined) await db.meta.put({ key: PULL_CURSOR, value: cursor });
      return applied;
    });
    if (changed.summaries.length > 0) this.emitChanged(changed);
  }

  /**
   * Adds versions to their charts (each once) and rewrites those charts' summaries in their buckets;
   * inside a transaction. Returns the summaries it wrote.
   */
  private async applyToCharts(versions: readonly Version[]): Promise<{ summaries: PatientSummary[] }> {
    const byChart = new Map<string, Version[]>();
    for (const v of versions) {
      const key = chartKey(v);
      const list = byChart.get(key);
      if (list) list.push(v);
      else byChart.set(key, [v]);
    }
    const rows = await this.existingCharts([...byChart.keys()]);
    const charts = [];
    const summaries: PatientSummary[] = [];
    for (const key of byChart.keys()) {
      const held = rows.get(key)?.versions ?? [];
      const ids = new Set(held.map((v) => v.versionId));
      const added = (byChart.get(key) ?? []).filter((v) => !ids.has(v.versionId) && ids.add(v.versionId));
      if (added.length === 0) continue;
      const all = held.concat(added);
      charts.push({ patientId: key, versions: all });
      summaries.push(summarizeChart(key, all));
    }
    await this.db.charts.bulkPut(charts);
    await this.writeSummaries(summaries);
    return { summaries };
  }

  /**
   * The stored charts among `keys`. A page of a first sync touches thousands of charts of which few
   * exist yet, and every lookup costs as much as a hit: so for many keys, the keys that exist are read
   * in one request and only those charts are fetched.
   */
  private async existingCharts(keys: string[]): Promise<Map<string, ChartRow>> {
    let wanted = keys;
    if (keys.length > 16) {
      const stored = new Set(await this.db.charts.toCollection().primaryKeys());
      wanted = keys.filter((key) => stored.has(key));
    }
    const rows = await this.db.charts.bulkGet(wanted);
    return new Map(rows.flatMap((row) => (row ? [[row.patientId, row] as const] : [])));
  }

  private async writeSummaries(summaries: readonly PatientSummary[]): Promise<void> {
    const groups = groupByBucket(summaries);
    const buckets = [...groups.keys()];
    const rows = await this.db.summaryBuckets.bulkGet(buckets);
    await this.db.summaryBuckets.bulkPut(
      buckets.map((bucket, i) => {
        const held = rows[i]?.summaries ?? {};
        for (const summary of groups.get(bucket) ?? []) held[summary.patientId] = summary;
        return { bucket, summaries: held };
      }),
    );
  }

  private emitChanged({ summaries }: { summaries: readonly PatientSummary[] }): void {
    this.emit(
      summaries.map((s) => s.patientId),
      summaries,
    );
  }

  private emit(patientIds: readonly string[], summaries?: readonly PatientSummary[], broadcast = true): void {
    for (const listener of this.listeners) listener(patientIds, summaries);
    if (broadcast) this.channel?.postMessage([...patientIds]);
  }
}
