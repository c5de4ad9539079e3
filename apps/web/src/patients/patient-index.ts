import {
  buildSearchEntries,
  buildSearchEntry,
  type PatientData,
  type SearchEntry,
  type SearchEntryCache,
  searchPatients,
} from '@registry/domain';
import { EVERY_PATIENT, type LocalStore } from '../local/local-store';
import type { PatientSummary } from '../local/patient-summary';

/**
 * Every patient summary on the device, held in memory with a precomputed search entry each, so that
 * search and the worklists answer at once over tens of thousands of patients. Kept current from the
 * store's change notices (this tab's saves, pulls, and other tabs).
 */
export class PatientIndex {
  private readonly summaries = new Map<string, PatientSummary>();
  private readonly entries = new Map<string, SearchEntry>();
  private entryList: SearchEntry[] | undefined;
  /** Names repeat a great deal: each distinct word is folded and keyed once (see SearchEntryCache). */
  private readonly words: SearchEntryCache = new Map();
  private readonly listeners = new Set<() => void>();
  /** Changes whenever the index does; a snapshot for useSyncExternalStore. */
  revision = 0;
  private arrivedDuringLoad: PatientSummary[] | undefined;
  /** Every summary on the device has been read (at start, and after the store was emptied). */
  loaded = false;

  constructor(private readonly store: LocalStore) {
    store.subscribe((ids, summaries) => {
      if (ids.includes(EVERY_PATIENT)) void this.load();
      else if (summaries) this.apply(summaries);
      else if (ids.length > 0) void this.store.summaries(ids).then((read) => this.apply(read));
    });
  }

  async load(): Promise<void> {
    // Summaries that change while every summary is being read are applied again afterwards, so a
    // sync running at start-up cannot be overwritten by the older snapshot.
    const during: PatientSummary[] = [];
    this.arrivedDuringLoad = during;
    const all = await this.store.allSummaries();
    this.arrivedDuringLoad = undefined;
    this.summaries.clear();
    this.entries.clear();
    const named = all.filter((s) => s.patient);
    const entries = buildSearchEntries(
      named.map((s) => ({ id: s.patientId, ...(s.patient as PatientData) })),
    );
    for (const summary of all) this.summaries.set(summary.patientId, summary);
    for (const entry of entries) this.entries.set(entry.id, entry);
    for (const summary of during) this.put(summary);
    this.entryList = undefined;
    this.loaded = true;
    this.changed();
  }

  get(patientId: string): PatientSummary | undefined {
    return this.summaries.get(patientId);
  }

  /** Patients on the device, including deleted and merged ones (callers filter as their screen needs). */
  all(): IterableIterator<PatientSummary> {
    return this.summaries.values();
  }

  get size(): number {
    return this.summaries.size;
  }

  /**
   * The best matches for what was typed: names in any order and spelling, phone digits, national id or
   * hospital number. Deleted patients and those merged into another are left out.
   */
  search(text: string, limit = 30): PatientSummary[] {
    this.entryList ??= [...this.entries.values()];
    const found: PatientSummary[] = [];
    for (const hit of searchPatients(this.entryList, text, limit * 2)) {
      const summary = this.summaries.get(hit.id);
      if (summary && !summary.deleted && !summary.patient?.mergedInto) found.push(summary);
      if (found.length === limit) break;
    }
    return found;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(summaries: readonly PatientSummary[]): void {
    this.arrivedDuringLoad?.push(...summaries);
    for (const summary of summaries) this.put(summary);
    this.changed();
  }

  private put(summary: PatientSummary): void {
    this.summaries.set(summary.patientId, summary);
    const patient = summary.patient;
    if (patient)
      this.entries.set(
        summary.patientId,
        buildSearchEntry({ id: summary.patientId, ...patient }, this.words),
      );
    else this.entries.delete(summary.patientId);
    this.entryList = undefined;
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }
}
