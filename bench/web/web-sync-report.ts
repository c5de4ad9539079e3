import { median, quantile, round } from '../support/stats';
import type { PhaseTotals } from './page/bench-api';

export interface Range {
  median: number;
  min: number;
  max: number;
  n: number;
}

function range(values: readonly (number | null | undefined)[]): Range | null {
  const xs = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (xs.length === 0) return null;
  return {
    median: round(median(xs)),
    min: round(Math.min(...xs)),
    max: round(Math.max(...xs)),
    n: xs.length,
  };
}

const STORE_PARTS = [
  'store.prepare',
  'store.readCharts',
  'store.summarize',
  'store.writeCharts',
  'store.readSummaries',
  'store.writeSummaries',
  'store.writeCursor',
  'store.commit',
];

/** Each phase's total per run, plus what is left between the measured ones. */
function phaseRanges(runs: readonly { syncMs: number; phases: PhaseTotals }[]) {
  const derived = runs.map(({ syncMs, phases }) => {
    const ms = (name: string) => phases[name]?.ms ?? 0;
    const out: Record<string, number> = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, v.ms]));
    out['pull.validate'] = ms('pull.total') - ms('pull.wait') - ms('pull.body+parse');
    out['store.other'] = ms('store.total') - STORE_PARTS.reduce((sum, part) => sum + ms(part), 0);
    // The sync loop's own time, and the main thread taken by index refreshes and the search poll.
    out['sync.other'] = syncMs - ms('pull.total') - ms('store.total');
    return out;
  });
  const names = [...new Set(derived.flatMap((d) => Object.keys(d)))].sort();
  return Object.fromEntries(names.map((name) => [name, range(derived.map((d) => d[name]))]));
}

interface Run<T> {
  value: T;
  wallMs: number;
  cpu: {
    browserCpuS: number;
    rendererCpuS: number;
    browserProcessCpuS: number;
    serverCpuS: number;
    otherCores: number;
  };
}

function common(runs: readonly Run<unknown>[]) {
  return {
    wallMs: range(runs.map((r) => r.wallMs)),
    browserCpuS: range(runs.map((r) => r.cpu.browserCpuS)),
    rendererCpuS: range(runs.map((r) => r.cpu.rendererCpuS)),
    browserProcessCpuS: range(runs.map((r) => r.cpu.browserProcessCpuS)),
    serverCpuS: range(runs.map((r) => r.cpu.serverCpuS)),
    otherCores: range(runs.map((r) => r.cpu.otherCores)),
  };
}

type FirstSync = Run<{
  syncMs: number;
  firstPageMs: number;
  indexCaughtUpMs: number;
  searchReadyMs: number | null;
  newestReadyMs: number | null;
  pages: number;
  loginMs: number;
  phases: PhaseTotals;
  storage: { usageMB: number; indexedDbMB: number | null };
}>;

function firstSyncSummary(runs: readonly FirstSync[]) {
  return {
    syncMs: range(runs.map((r) => r.value.syncMs)),
    firstPageMs: range(runs.map((r) => r.value.firstPageMs)),
    indexCaughtUpMs: range(runs.map((r) => r.value.indexCaughtUpMs)),
    searchReadyMs: range(runs.map((r) => r.value.searchReadyMs)),
    newestReadyMs: range(runs.map((r) => r.value.newestReadyMs)),
    pages: runs[0]?.value.pages,
    loginMs: range(runs.map((r) => r.value.loginMs)),
    indexedDbMB: range(runs.map((r) => r.value.storage.indexedDbMB)),
    usageMB: range(runs.map((r) => r.value.storage.usageMB)),
    ...common(runs),
    phasesMs: phaseRanges(runs.map((r) => r.value)),
  };
}

export function summarize(results: {
  firstSync: FirstSync[];
  firstSync5000: FirstSync[];
  bulkPutBaseline: Run<{ fetchMs: number; bulkPutMs: number; storage: { indexedDbMB: number | null } }>[];
  heldDevice: Run<{
    reopened: { indexLoadMs: number; patients: number };
    noop: { syncMs: number }[];
    pull: { syncMs: number; readyMs: number; pulled: number; phases: PhaseTotals };
  }>[];
  search: Run<{
    indexLoadMs: number;
    firstSearchMs: number;
    keystrokes: number[];
    slowest: { query: string; ms: number }[];
    found: boolean[];
  }>[];
}) {
  const first = firstSyncSummary(results.firstSync);
  const first5000 = firstSyncSummary(results.firstSync5000);
  const bulkPut = range(results.bulkPutBaseline.map((r) => r.value.bulkPutMs));
  const ratio = (s: Range | null) => (s && bulkPut ? round(s.median / bulkPut.median, 2) : null);
  const keystrokes = results.search.flatMap((r) => r.value.keystrokes);
  const noop = results.heldDevice.flatMap((r) => r.value.noop.map((n) => n.syncMs));
  return {
    firstSync: first,
    firstSync5000: first5000,
    bulkPutBaseline: {
      fetchMs: range(results.bulkPutBaseline.map((r) => r.value.fetchMs)),
      bulkPutMs: bulkPut,
      indexedDbMB: range(results.bulkPutBaseline.map((r) => r.value.storage.indexedDbMB)),
      ...common(results.bulkPutBaseline),
    },
    ratioToBulkPut: { firstSync: ratio(first.syncMs), firstSync5000: ratio(first5000.syncMs), target: 0.8 },
    searchReady: { ms: first.searchReadyMs, ms5000: first5000.searchReadyMs, targetMs: 3000 },
    newestReady: { ms: first.newestReadyMs, ms5000: first5000.newestReadyMs, targetMs: 3000 },
    indexLoadAtStart: {
      ms: range(results.heldDevice.map((r) => r.value.reopened.indexLoadMs)),
      patients: results.heldDevice[0]?.value.reopened.patients,
    },
    noopSync: {
      ms: range(noop),
      firstAfterStartMs: range(results.heldDevice.map((r) => r.value.noop[0]?.syncMs)),
      targetMs: 100,
    },
    pull500: {
      syncMs: range(results.heldDevice.map((r) => r.value.pull.syncMs)),
      inIndexMs: range(results.heldDevice.map((r) => r.value.pull.readyMs)),
      pulled: results.heldDevice[0]?.value.pull.pulled,
      phasesMs: phaseRanges(results.heldDevice.map((r) => r.value.pull)),
      targetMs: 1000,
    },
    search: {
      indexLoadMs: range(results.search.map((r) => r.value.indexLoadMs)),
      firstSearchMs: range(results.search.map((r) => r.value.firstSearchMs)),
      keystrokeMs: {
        median: round(median(keystrokes), 2),
        p95: round(quantile(keystrokes, 0.95), 2),
        max: round(Math.max(...keystrokes), 2),
        n: keystrokes.length,
      },
      slowest: results.search
        .flatMap((r) => r.value.slowest)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 8)
        .map((k) => ({ query: k.query, ms: round(k.ms) })),
      allFound: results.search.every((r) => r.value.found.every(Boolean)),
      targetMs: 50,
    },
  };
}

export type Summary = ReturnType<typeof summarize>;
