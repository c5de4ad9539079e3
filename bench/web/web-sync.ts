// The web app's first sync and related device numbers, in Debian's headless Chromium against the real
// server: see bench/README.md ("Web app: first sync").
//   pnpm --filter @registry/bench web-sync [--versions 50000] [--runs 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chartKey } from '../../apps/web/src/local/chart-key';
import { numberArg } from '../support/args';
import { writeResults } from '../support/results';
import { COORDINATOR, pullAll, pushFromSurgeon, setUpRegistry } from './bench-registry';
import { type BrowserRun, chromiumVersion, inBrowser, newProfileDir } from './browser-run';
import { summarize } from './web-sync-report';
import { printSummary } from './web-sync-table';

const VERSIONS = numberArg('versions', 50_000);
const RUNS = numberArg('runs', 3);
const PORT = numberArg('port', 8191);
const NEW_VERSIONS = 500;
const SEARCH_PATIENTS = 50_000;
const NOOP_SYNCS = 5;
// Before each browser run, wait up to this long for other work on the machine to calm down.
const quiet = { cores: numberArg('quiet-cores', 0.3), maxWaitS: numberArg('quiet-wait', 60) };

const started = performance.now();
const pageDir = mkdtempSync(join(tmpdir(), 'web-sync-page-'));
await build({
  configFile: join(dirname(fileURLToPath(import.meta.url)), 'page/vite.config.ts'),
  build: { outDir: pageDir, emptyOutDir: true },
});
const { server, versions, surgeon, fillMs } = await setUpRegistry(VERSIONS, PORT, pageDir);
const keptProfile = newProfileDir();
try {
  const patients = versions.filter((v) => v.entity === 'patient' && v.parents.length === 0);
  const watched = patients[0];
  if (!watched) throw new Error('no patients');
  const pulled = await pullAll(server.baseUrl);
  if (pulled !== VERSIONS) throw new Error(`the server holds ${pulled} versions, not ${VERSIONS}`);
  const bytes = versions.reduce((total, v) => total + JSON.stringify(v).length, 0);
  console.log(
    `web-sync: ${VERSIONS} versions (${patients.length} patients, mean ${Math.round(bytes / VERSIONS)} B) ` +
      `filled in ${(fillMs / 1000).toFixed(1)} s; ${RUNS} run(s)`,
  );

  const browser = { baseUrl: server.baseUrl, serverPid: server.process.pid, quiet };
  const log = (label: string, run: BrowserRun<unknown>, detail: string) =>
    console.log(
      `${label.padEnd(22)} ${detail} | wall ${(run.wallMs / 1000).toFixed(1)} s | browser cpu ${run.cpu.browserCpuS} s ` +
        `server ${run.cpu.serverCpuS} s mariadb ${run.cpu.mariadbCpuS} s | other load ${run.cpu.otherCores} cores` +
        (run.errors.length > 0 ? ` | errors: ${run.errors.slice(0, 3).join(' / ')}` : ''),
    );
  const watch = { name: String(watched.data.fullName), patientId: watched.entityId };
  const newest = patients.at(-1) ?? watched;
  const watchNewest = { name: String(newest.data.fullName), patientId: newest.entityId };
  const results = {
    firstSync: [] as BrowserRun<Awaited<ReturnType<Window['webBench']['firstSync']>>>[],
    firstSync5000: [] as BrowserRun<Awaited<ReturnType<Window['webBench']['firstSync']>>>[],
    bulkPutBaseline: [] as BrowserRun<Awaited<ReturnType<Window['webBench']['bulkPutBaseline']>>>[],
    heldDevice: [] as BrowserRun<Awaited<ReturnType<typeof heldDevice>>>[],
    search: [] as BrowserRun<Awaited<ReturnType<Window['webBench']['search']>>>[],
  };

  for (let r = 1; r <= RUNS; r++) {
    for (const [key, pullLimit] of [
      ['firstSync', undefined],
      ['firstSync5000', 5000],
    ] as const) {
      // The last default first sync's profile is kept: the held-device runs reopen it.
      const profileDir = key === 'firstSync' && r === RUNS ? keptProfile : undefined;
      const options = {
        ...COORDINATOR,
        watch,
        watchNewest,
        patients: patients.length,
        ...(pullLimit ? { pullLimit } : {}),
      };
      const run = await inBrowser({ ...browser, ...(profileDir ? { profileDir } : {}) }, (page) =>
        page.evaluate((o) => window.webBench.firstSync(o), options),
      );
      results[key].push(run);
      const v = run.value;
      log(
        `run ${r} ${key}`,
        run,
        `${v.pulled === VERSIONS && v.patientsIndexed === patients.length ? 'ok' : 'FAIL'} ` +
          `sync ${(v.syncMs / 1000).toFixed(2)} s (${v.pages} pages, ${v.pulled} versions), index ` +
          `${(v.indexCaughtUpMs / 1000).toFixed(2)} s, search ready ${v.searchReadyMs?.toFixed(0)} ms, newest ${v.newestReadyMs?.toFixed(0)} ms, ` +
          `IndexedDB ${v.storage.indexedDbMB} MB`,
      );
    }
    const baseline = await inBrowser(browser, (page) =>
      page.evaluate((c) => window.webBench.bulkPutBaseline(c), COORDINATOR),
    );
    results.bulkPutBaseline.push(baseline);
    log(
      `run ${r} bulkPutBaseline`,
      baseline,
      `fetch ${(baseline.value.fetchMs / 1000).toFixed(2)} s, bulkPut ${(baseline.value.bulkPutMs / 1000).toFixed(2)} s`,
    );
  }

  // The device that holds the registry, started again: index load, syncs with nothing new, then a
  // sync of 500 versions another user pushed meanwhile.
  async function heldDevice(page: import('@playwright/test').Page, run: number) {
    const reopened = await page.evaluate((c) => window.webBench.reopen(c), COORDINATOR);
    const noop = [];
    for (let i = 0; i < NOOP_SYNCS; i++) noop.push(await page.evaluate(() => window.webBench.noopSync()));
    const fresh = await pushFromSurgeon(server.baseUrl, surgeon, NEW_VERSIONS, 500 + run);
    const patientIds = [...new Set(fresh.map(chartKey))];
    const pull = await page.evaluate((o) => window.webBench.pullNew(o), { patientIds });
    return { reopened, noop, pull, newPatients: patientIds.length };
  }
  for (let r = 1; r <= RUNS; r++) {
    const run = await inBrowser({ ...browser, profileDir: keptProfile }, (page) => heldDevice(page, r));
    results.heldDevice.push(run);
    const { reopened, noop, pull } = run.value;
    log(
      `run ${r} heldDevice`,
      run,
      `index load ${reopened.indexLoadMs.toFixed(0)} ms (${reopened.patients} patients), noop ` +
        `${noop.map((n) => n.syncMs.toFixed(0)).join('/')} ms, pull ${pull.pulled} in ${pull.syncMs.toFixed(0)} ms ` +
        `(in index after ${pull.readyMs.toFixed(0)} ms)`,
    );
  }
  for (let r = 1; r <= RUNS; r++) {
    const run = await inBrowser(browser, (page) =>
      page.evaluate((o) => window.webBench.search(o), { patients: SEARCH_PATIENTS }),
    );
    results.search.push(run);
    const sorted = [...run.value.keystrokes].sort((a, b) => a - b);
    log(
      `run ${r} search`,
      run,
      `${run.value.patients} patients loaded in ${run.value.indexLoadMs.toFixed(0)} ms, first search ` +
        `${run.value.firstSearchMs.toFixed(1)} ms, keystrokes median ${sorted[sorted.length >> 1]?.toFixed(1)} ms ` +
        `max ${sorted.at(-1)?.toFixed(1)} ms, found ${run.value.found.join(',')}`,
    );
  }

  const summary = summarize(results);
  printSummary(summary, { versions: VERSIONS, runs: RUNS, chromium: chromiumVersion });
  const file = writeResults('web-sync', {
    options: { versions: VERSIONS, runs: RUNS, newVersions: NEW_VERSIONS, searchPatients: SEARCH_PATIENTS },
    data: { patients: patients.length, meanVersionBytes: Math.round(bytes / VERSIONS), fillMs },
    chromium: chromiumVersion,
    totalWallS: Math.round((performance.now() - started) / 1000),
    summary,
    results,
  });
  console.log(`results: ${file}`);
} finally {
  await server.stop();
  rmSync(keptProfile, { recursive: true, force: true });
  rmSync(pageDir, { recursive: true, force: true });
}
