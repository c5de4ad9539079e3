import { DATA_SCHEMA_VERSION } from '@registry/domain';
import { LocalStore } from '../../../apps/web/src/local/local-store';
import { type PatientSummary, summarizeChart } from '../../../apps/web/src/local/patient-summary';
import { openRegistryDb } from '../../../apps/web/src/local/registry-db';
import { groupByBucket } from '../../../apps/web/src/local/summary-buckets';
import { PatientIndex } from '../../../apps/web/src/patients/patient-index';
import { patientData } from '../registry-records';
import { seededRandom } from '../seeded-random';
import type { SearchResult } from './bench-api';
import { now } from './phases';

/** Patients whose names are typed, spread over the list (the first ones arrived first). */
const TYPED = [0.001, 0.2, 0.45, 0.7, 0.999];

/**
 * Search as a clerk types: an index of `patients` synthetic summaries (the real summary and index
 * code over generated patients) loaded from IndexedDB as at app start, then names typed letter by
 * letter and a phone number digit by digit, each keystroke's search timed.
 */
export async function searchPatients({ patients }: { patients: number }): Promise<SearchResult> {
  const t0 = now();
  const random = seededRandom(50_000);
  const hospitals = Array.from({ length: 10 }, () => random.uuid(Date.UTC(2024, 0, 1)));
  const summaries: PatientSummary[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < patients; i++) {
    const at = start + i * 60_000;
    const id = random.uuid(at);
    const data = patientData(random, random.pick(hospitals), 2025, i + 1);
    const version = {
      versionId: random.uuid(at),
      entity: 'patient' as const,
      entityId: id,
      parents: [],
      data,
      deleted: false,
      authorId: hospitals[0] ?? '',
      deviceId: 'bench',
      createdAt: new Date(at).toISOString(),
      schema: DATA_SCHEMA_VERSION,
    };
    summaries.push(summarizeChart(id, [version]));
  }
  const built = now();
  const db = openRegistryDb('bench-search');
  await db.summaryBuckets.bulkPut(
    [...groupByBucket(summaries)].map(([bucket, list]) => ({
      bucket,
      summaries: Object.fromEntries(list.map((s) => [s.patientId, s])),
    })),
  );
  const stored = now();
  const index = new PatientIndex(new LocalStore(db));
  await index.load();
  const loaded = now();

  // Each typed patient's name, then the phone number of the first of them that has one.
  const typed = TYPED.flatMap((at) => summaries[Math.floor(at * (summaries.length - 1))] ?? []);
  const texts = typed.map((s) => ({ target: s.patientId, queries: prefixes(s.patient?.fullName ?? '') }));
  const withPhone = typed.find((s) => s.patient?.phones?.[0]?.number);
  const phone = withPhone?.patient?.phones?.[0]?.number?.replace(/\D/g, '');
  if (withPhone && phone) texts.push({ target: withPhone.patientId, queries: prefixes(phone) });
  const times: { query: string; ms: number }[] = [];
  const found: boolean[] = [];
  for (const { target, queries } of texts) {
    let last: PatientSummary[] = [];
    for (const query of queries) {
      // A keystroke comes back to the event loop first, as typing in a page does.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const s = now();
      last = index.search(query);
      times.push({ query, ms: now() - s });
    }
    found.push(last.some((hit) => hit.patientId === target));
  }
  const [first, ...rest] = times;
  return {
    patients: index.size,
    buildMs: built - t0,
    storeMs: stored - built,
    indexLoadMs: loaded - stored,
    firstSearchMs: first?.ms ?? Number.NaN,
    keystrokes: rest.map((k) => k.ms),
    slowest: [...rest].sort((a, b) => b.ms - a.ms).slice(0, 8),
    found,
  };
}

/** What the search box holds after each keystroke of `text`. */
function prefixes(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)).filter((q) => !q.endsWith(' '));
}
