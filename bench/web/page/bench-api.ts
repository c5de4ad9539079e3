// What the bench page exposes on `window.webBench`, shared with the Node runner (types only).

export interface Credentials {
  username: string;
  password: string;
}

/** Time spent in each named phase (performance.measure entries of one name, summed). */
export type PhaseTotals = Record<string, { ms: number; count: number }>;

export interface StorageNumbers {
  usageMB: number;
  indexedDbMB: number | null;
}

export interface FirstSyncOptions extends Credentials {
  /** The pull page size; the app's default when absent. */
  pullLimit?: number;
  /** A patient that arrives in the first page: how soon search finds it. */
  watch: { name: string; patientId: string };
  /** The patient registered last (today's patient): how soon search finds it. */
  watchNewest: { name: string; patientId: string };
  /** Patients the server holds: the index is caught up when it has them all. */
  patients: number;
}

export interface FirstSyncResult {
  /** Opening the empty store and index. */
  openMs: number;
  loginMs: number;
  /** runSync from an empty store until the server had nothing more. */
  syncMs: number;
  /** From the start of the sync until the first page was stored. */
  firstPageMs: number;
  /** From the start of the sync until every patient is in the in-memory index. */
  indexCaughtUpMs: number;
  /** From the start of the sync until search finds the watched patient (polled every 100 ms). */
  searchReadyMs: number | null;
  /** The same for the newest patient: shown first by the recent versions a first sync asks for. */
  newestReadyMs: number | null;
  pulled: number;
  pages: number;
  patientsIndexed: number;
  phases: PhaseTotals;
  storage: StorageNumbers;
}

export interface ReopenResult {
  /** Opening the store and loading every summary into the index, as the app does at start. */
  indexLoadMs: number;
  patients: number;
  loginMs: number;
}

export interface SyncTiming {
  syncMs: number;
  /** From the start of the sync until the patients asked about are in the index. */
  readyMs: number;
  pulled: number;
  phases: PhaseTotals;
}

export interface BaselineResult {
  /** All versions fetched through pull pages and parsed (not checked, not grouped). */
  fetchMs: number;
  fetched: number;
  openMs: number;
  /** Dexie bulkPut in chunks of 1,000 into `versions: 'versionId, entityId, entity'`. */
  bulkPutMs: number;
  count: number;
  storage: StorageNumbers;
}

export interface SearchResult {
  patients: number;
  /** Making the synthetic summaries, and storing them (not measured as device work). */
  buildMs: number;
  storeMs: number;
  /** PatientIndex.load() of every summary from IndexedDB, as at app start. */
  indexLoadMs: number;
  /** The first search after a change, which also rebuilds the index's entry list. */
  firstSearchMs: number;
  /** Every later keystroke's search. */
  keystrokes: number[];
  /** The slowest keystrokes, with what the box held. */
  slowest: { query: string; ms: number }[];
  /** Whether each typed name found its patient among the results once typed in full. */
  found: boolean[];
}

export interface WebBenchApi {
  ready: true;
  firstSync(options: FirstSyncOptions): Promise<FirstSyncResult>;
  reopen(credentials: Credentials): Promise<ReopenResult>;
  noopSync(): Promise<SyncTiming>;
  pullNew(options: { patientIds: string[] }): Promise<SyncTiming>;
  bulkPutBaseline(credentials: Credentials): Promise<BaselineResult>;
  search(options: { patients: number }): Promise<SearchResult>;
}
