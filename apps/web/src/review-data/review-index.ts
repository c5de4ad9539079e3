import { EVERY_PATIENT, type LocalStore } from '../local/local-store';
import { type ReviewEntry, reviewEntriesOfChart } from './review-entry';

/** Charts read per step of a load; between steps the page gets the main thread back. */
const LOAD_STEP = 500;

export interface ReviewLoad {
  /** Charts read so far, and how many there are. */
  done: number;
  total: number;
}

/**
 * Every patient and episode on the device as review entries, in memory, for the coordinators'
 * tables, reports and the restore list. Built on first use only (a surgeon's phone never pays for
 * it), a step at a time so the screen stays responsive, then kept current from the store's change
 * notices by re-reading only the charts that changed.
 */
export class ReviewIndex {
  private readonly byChart = new Map<string, ReviewEntry[]>();
  private readonly listeners = new Set<() => void>();
  private flat: { patients: ReviewEntry[]; episodes: ReviewEntry[] } | undefined;
  private loading: Promise<void> | undefined;
  /** Charts that changed while a load was reading: read again once it is done. */
  private changedDuringLoad: Set<string> | undefined;
  /** Changes whenever the entries do; a snapshot for useSyncExternalStore. */
  revision = 0;
  progress: ReviewLoad | undefined;
  loaded = false;

  constructor(private readonly store: LocalStore) {
    store.subscribe((ids) => {
      if (ids.includes(EVERY_PATIENT)) {
        if (this.loaded || this.loading) void this.reload();
      } else if (ids.length > 0) void this.refresh(ids);
    });
  }

  /** Starts the first load (once); resolves when every chart has been read. */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  get patients(): readonly ReviewEntry[] {
    return this.entries().patients;
  }

  get episodes(): readonly ReviewEntry[] {
    return this.entries().episodes;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private entries() {
    if (!this.flat) {
      const patients: ReviewEntry[] = [];
      const episodes: ReviewEntry[] = [];
      for (const list of this.byChart.values())
        for (const entry of list) (entry.entity === 'patient' ? patients : episodes).push(entry);
      this.flat = { patients, episodes };
    }
    return this.flat;
  }

  private async reload(): Promise<void> {
    this.byChart.clear();
    this.loaded = false;
    this.loading = this.load();
    await this.loading;
  }

  private async load(): Promise<void> {
    const during = new Set<string>();
    this.changedDuringLoad = during;
    const keys = (await this.store.db.charts.toCollection().primaryKeys()) as string[];
    this.progress = { done: 0, total: keys.length };
    this.changed();
    for (let i = 0; i < keys.length; i += LOAD_STEP) {
      const rows = await this.store.db.charts.bulkGet(keys.slice(i, i + LOAD_STEP));
      for (const row of rows)
        if (row) this.byChart.set(row.patientId, reviewEntriesOfChart(row.patientId, row.versions));
      this.progress = { done: Math.min(i + LOAD_STEP, keys.length), total: keys.length };
      this.changed();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.changedDuringLoad = undefined;
    this.loaded = true;
    this.progress = undefined;
    if (during.size > 0) await this.refresh([...during]);
    this.changed();
  }

  private async refresh(patientIds: readonly string[]): Promise<void> {
    if (this.changedDuringLoad) {
      for (const id of patientIds) this.changedDuringLoad.add(id);
      return;
    }
    if (!this.loaded) return;
    const rows = await this.store.db.charts.bulkGet([...patientIds]);
    patientIds.forEach((id, i) => {
      const row = rows[i];
      if (row) this.byChart.set(id, reviewEntriesOfChart(id, row.versions));
      else this.byChart.delete(id);
    });
    this.changed();
  }

  private changed(): void {
    this.flat = undefined;
    this.revision++;
    for (const listener of this.listeners) listener();
  }
}

const indexes = new WeakMap<LocalStore, ReviewIndex>();

/** The one review index of a store, made on first use. */
export function reviewIndexOf(store: LocalStore): ReviewIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new ReviewIndex(store);
    indexes.set(store, index);
  }
  return index;
}
