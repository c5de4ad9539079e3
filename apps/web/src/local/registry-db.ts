import type { Version } from '@registry/domain';
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { summarizeChart } from './patient-summary';
import { groupByBucket, type SummaryBucketRow } from './summary-buckets';

/**
 * Everything a patient's page shows, in one row: the versions of the patient, of its episodes and of
 * their log entries. One row per patient rather than one per version is what keeps a first sync of
 * tens of thousands of versions fast (fewer, larger IndexedDB writes) and a patient page one read.
 */
export interface ChartRow {
  patientId: string;
  versions: Version[];
}

/** A version saved on this device and not yet acknowledged by the server. */
export interface OutboxRow {
  /** Local order of saving: parents are always saved before their children. */
  order?: number;
  versionId: string;
  version: Version;
  /** The server's reason, when it refused the version. It stays until a person deals with it. */
  rejection?: string;
  rejectedAt?: string;
  /** The server cannot take it yet (its parent has not reached the server): it goes again. */
  waiting?: string;
  /** Put back by a restore of the server's database: already synced once, so not shown to others. */
  resent?: boolean;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A half-filled form, kept as it is typed so that an app switch, reload or dead battery loses nothing. */
export interface DraftRow {
  key: string;
  values: unknown;
  savedAt: string;
  /** For an edit: the version the form was opened on, so that reopening continues from it. */
  baseVersionId?: string;
}

export type RegistryDb = Dexie & {
  charts: EntityTable<ChartRow, 'patientId'>;
  summaryBuckets: EntityTable<SummaryBucketRow, 'bucket'>;
  outbox: EntityTable<OutboxRow, 'order'>;
  meta: EntityTable<MetaRow, 'key'>;
  drafts: EntityTable<DraftRow, 'key'>;
};

export const DB_NAME = 'surgical-registry';

/** Opens (creating or upgrading) the device's database. Indexes only where a screen needs one. */
export function openRegistryDb(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): RegistryDb {
  const db = new Dexie(name, options) as RegistryDb;
  db.version(1).stores({
    charts: 'patientId',
    summaries: 'patientId',
    outbox: '++order, &versionId',
    meta: 'key',
    drafts: 'key',
  });
  // Summaries move into buckets (summary-buckets.ts): rebuilt from the charts, which hold the truth.
  db.version(2).stores({ summaries: null, summaryBuckets: 'bucket' }).upgrade(rebuildSummaries);
  // Summaries gain the dismissed duplicate pairs (notDuplicateOf): rebuilt the same way.
  db.version(3).stores({}).upgrade(rebuildSummaries);
  return db;
}

/** Rewrites every summary from the charts, for when what a summary holds changes. */
async function rebuildSummaries(tx: Transaction): Promise<void> {
  const charts = await tx.table<ChartRow>('charts').toArray();
  const summaries = charts.map((chart) => summarizeChart(chart.patientId, chart.versions));
  const buckets = tx.table<SummaryBucketRow>('summaryBuckets');
  await buckets.clear();
  await buckets.bulkPut(
    [...groupByBucket(summaries)].map(([bucket, list]) => ({
      bucket,
      summaries: Object.fromEntries(list.map((summary) => [summary.patientId, summary])),
    })),
  );
}
