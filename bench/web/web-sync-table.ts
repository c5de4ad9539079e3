import type { Range, Summary } from './web-sync-report';

// The summary as a Markdown table, with where each first sync's time went.

const ms = (r: Range | null | undefined, unit: 's' | 'ms' = 's') =>
  !r
    ? '-'
    : unit === 's'
      ? `${(r.median / 1000).toFixed(2)} s (${(r.min / 1000).toFixed(2)}–${(r.max / 1000).toFixed(2)})`
      : `${r.median.toFixed(1)} ms (${r.min.toFixed(1)}–${r.max.toFixed(1)})`;

export function printSummary(s: Summary, about: { versions: number; runs: number; chromium: string }) {
  console.log(
    `\nweb-sync, ${about.versions} versions, ${about.runs} run(s), Chromium ${about.chromium}; median (min–max)`,
  );
  const rows: [string, string, string][] = [
    [
      'firstSync (pull limit 1000)',
      ms(s.firstSync.syncMs),
      `≤ 0.8 × bulkPut (${s.ratioToBulkPut.firstSync})`,
    ],
    [
      'firstSync (pull limit 5000)',
      ms(s.firstSync5000.syncMs),
      `≤ 0.8 × bulkPut (${s.ratioToBulkPut.firstSync5000})`,
    ],
    ['  first page stored (1000)', ms(s.firstSync.firstPageMs, 'ms'), ''],
    ['  index caught up (1000)', ms(s.firstSync.indexCaughtUpMs), ''],
    ['bulkPutBaseline: bulkPut', ms(s.bulkPutBaseline.bulkPutMs), 'peer bench: ≈ 15–17 s at 50k'],
    ['bulkPutBaseline: fetch all', ms(s.bulkPutBaseline.fetchMs), ''],
    ['searchReady (1000)', ms(s.searchReady.ms, 'ms'), '≤ 3000 ms'],
    ['searchReady (5000)', ms(s.searchReady.ms5000, 'ms'), '≤ 3000 ms'],
    ['newest patient searchable (1000)', ms(s.newestReady.ms, 'ms'), '≤ 3000 ms'],
    ['newest patient searchable (5000)', ms(s.newestReady.ms5000, 'ms'), '≤ 3000 ms'],
    ['index load at app start', ms(s.indexLoadAtStart.ms, 'ms'), `${s.indexLoadAtStart.patients} patients`],
    ['noopSync', ms(s.noopSync.ms, 'ms'), '< 100 ms'],
    [`pull500 (sync)`, ms(s.pull500.syncMs, 'ms'), ''],
    [`pull500 (in index)`, ms(s.pull500.inIndexMs, 'ms'), '< 1000 ms'],
    ['search index load (50k)', ms(s.search.indexLoadMs, 'ms'), ''],
    ['search first keystroke', ms(s.search.firstSearchMs, 'ms'), ''],
    [
      'search per keystroke',
      `${s.search.keystrokeMs.median} ms median, p95 ${s.search.keystrokeMs.p95} ms, max ${s.search.keystrokeMs.max} ms`,
      '< 50 ms',
    ],
    [
      'IndexedDB after first sync',
      `${s.firstSync.indexedDbMB?.median} MB`,
      `baseline ${s.bulkPutBaseline.indexedDbMB?.median} MB`,
    ],
    ['wall per firstSync browser run', ms(s.firstSync.wallMs), ''],
  ];
  console.log('| measurement | result | target |\n|---|---|---|');
  for (const [name, result, target] of rows) console.log(`| ${name} | ${result} | ${target} |`);
  for (const [label, phases] of [
    ['firstSync (1000)', s.firstSync.phasesMs],
    ['firstSync (5000)', s.firstSync5000.phasesMs],
  ] as const) {
    console.log(`\nwhere ${label} time goes (sum over pages, median ms):`);
    console.log(
      Object.entries(phases)
        .map(([name, r]) => `${name} ${r ? Math.round(r.median) : '-'}`)
        .join(' | '),
    );
  }
}
