// How long the coordinators' review tables take to filter, sort and page 100,000 records, with the
// web app's own code (apps/web/src/review/query-entries.ts and the tables' sort keys) in Node. No
// server, database or browser: this is the CPU a filter or sort change costs on the main thread.
//   pnpm --filter @registry/bench review [--entries 100000] [--runs 30] [--quiet-wait 60] [--quiet-cores 0.3]
import { type ReviewFilter, reviewFilterPredicate } from '@registry/domain';
import { type EntryRanks, pageOf, rankEntries, selectEntries } from '../../apps/web/src/review/query-entries';
import {
  type ColumnSort,
  episodeSorts,
  patientSorts,
  type ReviewLookups,
  sortableText,
} from '../../apps/web/src/review/review-columns';
import type { ReviewSort } from '../../apps/web/src/review/review-params';
import { sampleEpisodes, sampleId, samplePatients } from '../../apps/web/src/review/sample-entries';
import type { ReviewEntry } from '../../apps/web/src/review-data/review-entry';
import { numberArg } from '../support/args';
import { writeResults } from '../support/results';
import { median, quantile, round } from '../support/stats';
import { cpuSnapshot, cpuUse, waitQuiet } from '../web/process-cpu';

const ENTRIES = numberArg('entries', 100_000);
const RUNS = numberArg('runs', 30);
const WARM_UP = 3;
const QUIET = { cores: numberArg('quiet-cores', 0.3), maxWaitS: numberArg('quiet-wait', 60) };

// A registry's spread: 20 hospitals in 8 regions, 200 staff.
const REGIONS = ['mwanza', 'kilimanjaro', 'mbeya', 'dodoma', 'kigoma', 'manyara', 'arusha', 'tanga'];
const hospitalIds = Array.from({ length: 20 }, (_, i) => sampleId(9, i + 1));
const staffIds = Array.from({ length: 200 }, (_, i) => sampleId(8, i + 1));
const hospitalNames = new Map(hospitalIds.map((id, i) => [id, `Hospital ${String.fromCharCode(65 + i)}`]));
const regions = new Map(hospitalIds.map((id, i) => [id, REGIONS[i % REGIONS.length] as string]));
const staffNames = new Map(
  staffIds.map((id, i) => [id, `Surgeon ${i} ${['Juma', 'Kimaro', 'Mollel'][i % 3]}`]),
);
const LABELS: Record<string, string> = {
  'gender:male': 'Male',
  'gender:female': 'Female',
  'gender:unknown': 'Unknown',
  'episodeType:surgery': 'Operation',
  'episodeType:discharge': 'Discharge',
  'episodeType:followUp': 'Follow-up',
};
// What useReviewLookups gives the tables, with the labels already looked up.
const lookups: ReviewLookups = {
  hospitalName: (id) => hospitalNames.get(id),
  staffName: (id) => staffNames.get(id),
  label: (list, code) => LABELS[`${list}:${String(code)}`] ?? '',
};
const regionOf = (id: string) => regions.get(id);

interface Scenario {
  name: string;
  entries: readonly ReviewEntry[];
  filter: ReviewFilter;
  sort: ReviewSort;
  sorts: Readonly<Record<string, ColumnSort>>;
  page: number;
}

const t0 = performance.now();
const episodes = sampleEpisodes(ENTRIES, { hospitalIds, staffIds });
const patients = samplePatients(ENTRIES, { hospitalIds, staffIds });
console.log(
  `${ENTRIES.toLocaleString('en')} episodes and ${ENTRIES.toLocaleString('en')} patients generated in ${round(performance.now() - t0)} ms`,
);

const forEpisodes = episodeSorts(lookups);
const forPatients = patientSorts(lookups);
const hospital = hospitalIds[0] as string;
const scenarios: Scenario[] = [
  {
    name: 'episodes: no filter, date newest first (the opening view)',
    entries: episodes,
    filter: {},
    sort: { column: 'date', direction: 'desc' },
    sorts: forEpisodes,
    page: 1,
  },
  {
    name: 'episodes: no filter, by patient name',
    entries: episodes,
    filter: {},
    sort: { column: 'patient', direction: 'asc' },
    sorts: forEpisodes,
    page: 1,
  },
  {
    name: 'episodes: one hospital, date newest first',
    entries: episodes,
    filter: { hospitalId: hospital },
    sort: { column: 'date', direction: 'desc' },
    sorts: forEpisodes,
    page: 1,
  },
  {
    name: 'episodes: region and incomplete, by primary surgeon, page 20',
    entries: episodes,
    filter: { region: 'mwanza', completeness: 'incomplete' },
    sort: { column: 'surgeon', direction: 'asc' },
    sorts: forEpisodes,
    page: 20,
  },
  {
    name: 'episodes: a quarter, operations only, by hospital',
    entries: episodes,
    filter: { from: '2026-01-01', to: '2026-03-31', type: 'surgery' },
    sort: { column: 'hospital', direction: 'asc' },
    sorts: forEpisodes,
    page: 1,
  },
  {
    name: 'episodes: a surgeon (any role), deleted included, by status',
    entries: episodes,
    filter: { surgeonId: staffIds[7] as string, includeDeleted: 'true' },
    sort: { column: 'status', direction: 'desc' },
    sorts: forEpisodes,
    page: 1,
  },
  {
    name: 'patients: no filter, by name',
    entries: patients,
    filter: {},
    sort: { column: 'name', direction: 'asc' },
    sorts: forPatients,
    page: 1,
  },
  {
    name: 'patients: a region, registered newest first',
    entries: patients,
    filter: { region: 'kilimanjaro' },
    sort: { column: 'registered', direction: 'desc' },
    sorts: forPatients,
    page: 1,
  },
];

/** What a table does when its sort changes: rank the entries by the column (kept while it stays). */
function rank(s: Scenario) {
  const column = s.sorts[s.sort.column];
  if (!column) throw new Error(`no column ${s.sort.column}`);
  return rankEntries(s.entries, column.key, column.text ? sortableText : undefined);
}

/** What a table does when its filter changes: filter, order by the kept ranks, cut a page. */
function select(s: Scenario, ranks: EntryRanks) {
  const sorted = selectEntries(s.entries, reviewFilterPredicate(s.filter, regionOf), ranks, s.sort.direction);
  return { sorted, page: pageOf(sorted, s.page) };
}

/** Wall and CPU milliseconds of `run` (on a shared machine the wall time includes waiting for a core). */
function timed<R>(run: () => R, wall: number[], cpu: number[]): R {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = run();
  wall.push(performance.now() - t0);
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
  return result;
}

const stats = (ms: number[]) => ({
  medianMs: round(median(ms)),
  p95Ms: round(quantile(ms, 0.95)),
  maxMs: round(Math.max(...ms)),
});

const results: Record<string, unknown>[] = [];
for (const s of scenarios) {
  // A shared machine's other work shows in timings: wait for a quiet moment, and record the load.
  const quiet = await waitQuiet(QUIET.cores, QUIET.maxWaitS);
  const cpuBefore = cpuSnapshot(undefined);
  for (let i = 0; i < WARM_UP; i++) select(s, rank(s));
  const times = {
    sortChange: { wall: [] as number[], cpu: [] as number[] },
    filterChange: { wall: [] as number[], cpu: [] as number[] },
    pageTurn: { wall: [] as number[], cpu: [] as number[] },
  };
  let last = select(s, rank(s));
  for (let r = 0; r < RUNS; r++) {
    const { sortChange, filterChange, pageTurn } = times;
    timed(() => select(s, rank(s)), sortChange.wall, sortChange.cpu);
    const ranks = rank(s);
    last = timed(() => select(s, ranks), filterChange.wall, filterChange.cpu);
    timed(() => pageOf(last.sorted, s.page + 1), pageTurn.wall, pageTurn.cpu);
  }
  const summary = Object.fromEntries(
    Object.entries(times).map(([name, { wall, cpu }]) => [name, { wall: stats(wall), cpu: stats(cpu) }]),
  ) as Record<keyof typeof times, { wall: ReturnType<typeof stats>; cpu: ReturnType<typeof stats> }>;
  const result = {
    scenario: s.name,
    entries: s.entries.length,
    matched: last.page.total,
    rowsShown: last.page.rows.length,
    ...summary,
    quietWaitS: quiet.waitedS,
    otherCoresDuring: cpuUse(cpuBefore, cpuSnapshot(undefined)).otherCores,
  };
  const words = (name: keyof typeof times) => {
    const { wall, cpu } = summary[name];
    return `${name} ${wall.medianMs} ms (p95 ${wall.p95Ms}, CPU ${cpu.medianMs})`;
  };
  console.log(
    `${s.name}: ${result.matched.toLocaleString('en')} match; ${words('sortChange')}; ${words('filterChange')}; ` +
      `${words('pageTurn')}; other processes ${result.otherCoresDuring} cores`,
  );
  results.push(result);
}

const file = writeResults('review-query', {
  options: { entries: ENTRIES, runs: RUNS, warmUp: WARM_UP, quiet: QUIET },
  results,
});
console.log(`written ${file}`);
