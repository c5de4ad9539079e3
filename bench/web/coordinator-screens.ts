// The coordinators' screens of the real web app with a registry on the device: the review table,
// its filter, sort and pages, the reports and the duplicates. See bench/README.md ("Web app:
// coordinators' screens").
//   pnpm --filter @registry/bench coordinator-screens [--versions 100000] [--runs 3]
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { numberArg } from '../support/args';
import { writeResults } from '../support/results';
import { repoRoot } from '../support/server-process';
import { median } from '../support/stats';
import { setUpRegistry } from './bench-registry';
import { chromiumVersion, inBrowser, newProfileDir } from './browser-run';
import { installAsCoordinator } from './install-as-coordinator';

declare global {
  interface Window {
    /** When the bench's last click or change reached the page (performance.now()). */
    benchInputAt?: number;
  }
}

const VERSIONS = numberArg('versions', 100_000);
const RUNS = numberArg('runs', 3);
const PORT = numberArg('port', 8193);
const quiet = { cores: numberArg('quiet-cores', 0.3), maxWaitS: numberArg('quiet-wait', 60) };
/** The longest a screen may take before the bench gives up on it. */
const SCREEN_TIMEOUT_MS = 300_000;

// The production build of the app, as app-open.ts builds it.
const webDir = join(repoRoot, 'apps/web');
const distDir = join(webDir, 'dist');
await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });

/**
 * The page's clock (ms since its navigation started) when `ready(arg)` first holds. The predicate runs
 * in the page, so it must not use anything from this file.
 */
async function pageTime<A>(page: Page, ready: (arg: A) => boolean, arg: A): Promise<number> {
  const handle = await page.waitForFunction(
    `(${ready.toString()})(${JSON.stringify(arg)}) && performance.now()`,
    undefined,
    { polling: 'raf', timeout: SCREEN_TIMEOUT_MS },
  );
  return Number(await handle.jsonValue());
}

/**
 * Runs `act` (a click or a choice) and times, in the page, from when its first event reached the page
 * until `ready(arg)` holds: the page's own time to answer, without the bench's round trips.
 */
async function timeAnswer<A>(page: Page, act: () => Promise<void>, ready: (arg: A) => boolean, arg: A) {
  await page.evaluate(() => {
    window.benchInputAt = undefined;
  });
  await act();
  const at = await pageTime(page, ready, arg);
  const inputAt = await page.evaluate(() => window.benchInputAt ?? Number.NaN);
  return Math.round(at - inputAt);
}

/** Notes when the first click, input or change of an action reaches the page, before the app's handlers. */
function markInputs() {
  for (const type of ['click', 'input', 'change']) {
    window.addEventListener(
      type,
      () => {
        window.benchInputAt ??= performance.now();
      },
      { capture: true },
    );
  }
}

const rowsText = (page: Page) => page.getByTestId('review-rows').textContent();
/** N of "Rows 1–50 of N", in English as the bench's Chromium speaks it. */
const rowsTotal = (text: string | null) =>
  Number(/of ([\d,]+)/.exec(text ?? '')?.[1]?.replace(/,/g, '') ?? 0);

/** The review table of episodes: opened, filtered by a hospital, sorted by patient, turned a page. */
async function reviewTable(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/review/episodes`);
  // The table fills while the device's charts are read: drawn is when the progress is gone and rows show.
  const openMs = Math.round(
    await pageTime(
      page,
      () =>
        !document.querySelector('[data-testid=review-loading]') &&
        /of [1-9]/.test(document.querySelector('[data-testid=review-rows]')?.textContent ?? '') &&
        document.querySelector('tbody a') !== null,
      null,
    ),
  );
  const allRows = await rowsText(page);

  // Settled: the table says something other than before and is no longer marked busy.
  const settled = (before: { selector: string; text: string | null }) =>
    document.querySelector(before.selector)?.textContent !== before.text &&
    document.querySelector('table')?.getAttribute('aria-busy') !== 'true';
  const hospital = page.getByLabel('Hospital', { exact: true });
  const hospitalName = await hospital.locator('option').nth(1).textContent();
  const filterMs = await timeAnswer(
    page,
    async () => {
      await hospital.selectOption({ index: 1 });
    },
    settled,
    { selector: '[data-testid=review-rows]', text: allRows },
  );
  const hospitalRows = await rowsText(page);

  const firstRow = () => page.locator('tbody tr').first().textContent();
  const sortMs = await timeAnswer(
    page,
    () => page.locator('thead').getByRole('button', { name: 'Patient', exact: true }).click(),
    settled,
    { selector: 'tbody tr', text: await firstRow() },
  );
  const nextPageMs = await timeAnswer(
    page,
    () => page.getByRole('button', { name: 'Next page' }).click(),
    settled,
    { selector: '[data-testid=review-rows]', text: hospitalRows },
  );
  return {
    openMs,
    filterMs,
    sortMs,
    nextPageMs,
    episodes: rowsTotal(allRows),
    hospital: hospitalName,
    hospitalEpisodes: rowsTotal(hospitalRows),
    pageTwo: await rowsText(page),
  };
}

/** The reports: drawn when their progress is gone and the dashboard shows a figure or a table. */
async function reports(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/reports`);
  const drawnMs = await pageTime(
    page,
    () =>
      !document.querySelector('[data-testid=reports-loading]') &&
      document.querySelector('[data-testid=reports]')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('[data-testid=reports] svg, [data-testid=reports] table') !== null,
    null,
  );
  return {
    drawnMs: Math.round(drawnMs),
    operations: await page.getByTestId('reports-operations').textContent(),
  };
}

/** The duplicates: ready when the summary says how many patients were compared. */
async function duplicates(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/duplicates`);
  const readyMs = await pageTime(
    page,
    () => document.querySelector('[data-testid=duplicates-summary]') !== null,
    null,
  );
  return {
    readyMs: Math.round(readyMs),
    summary: await page.getByTestId('duplicates-summary').textContent(),
  };
}

// A database of its own, so that a web-sync or app-open run at the same time is left alone.
process.env.BENCH_DATABASE_URL ??= 'mysql://root@127.0.0.1:3306/registry_bench_screens';
const { server, fillMs } = await setUpRegistry(VERSIONS, PORT, distDir);
console.log(`registry: ${VERSIONS} versions written in ${(fillMs / 1000).toFixed(1)} s`);
const browser = { baseUrl: server.baseUrl, serverPid: server.process.pid, quiet };
const profileDir = newProfileDir();
try {
  // The coordinator's laptop: signed in once online, the first sync finished, the app installed.
  const install = await inBrowser({ ...browser, profileDir, ready: false }, (page) =>
    installAsCoordinator(page),
  );
  console.log(`installed: signed in and first sync done in ${install.value.firstSyncThroughUiMs} ms`);

  // Each run: a new Chromium on that profile; each screen a fresh page load, timed from its navigation.
  const runs = [];
  for (let r = 1; r <= RUNS; r++) {
    const run = await inBrowser({ ...browser, profileDir, ready: false }, async (page) => {
      await page.addInitScript(markInputs);
      return {
        review: await reviewTable(page, server.baseUrl),
        reports: await reports(page, server.baseUrl),
        duplicates: await duplicates(page, server.baseUrl),
      };
    });
    const { review, reports: shown, duplicates: pairs } = run.value;
    console.log(
      `run ${r}: review ${review.openMs} ms (${review.episodes} episodes), filter ${review.filterMs} ms ` +
        `(${review.hospital}: ${review.hospitalEpisodes}), sort ${review.sortMs} ms, next page ${review.nextPageMs} ms; ` +
        `reports ${shown.drawnMs} ms; duplicates ${pairs.readyMs} ms ("${pairs.summary}")`,
    );
    if (run.errors.length > 0) console.log(`  page errors: ${run.errors.slice(0, 3).join(' | ')}`);
    runs.push({
      ...run.value,
      wallMs: Math.round(run.wallMs),
      cpu: run.cpu,
      before: run.before,
      errors: run.errors,
    });
  }

  const measures: [string, number[]][] = [
    ['review index drawn (from navigation)', runs.map((r) => r.review.openMs)],
    ['hospital filter → count changed', runs.map((r) => r.review.filterMs)],
    ['sort by patient → first row changed', runs.map((r) => r.review.sortMs)],
    ['next page → rows changed', runs.map((r) => r.review.nextPageMs)],
    ['reports drawn (from navigation)', runs.map((r) => r.reports.drawnMs)],
    ['duplicates summary (from navigation)', runs.map((r) => r.duplicates.readyMs)],
  ];
  const summary = Object.fromEntries(
    measures.map(([name, ms]) => [name, { median: median(ms), min: Math.min(...ms), max: Math.max(...ms) }]),
  );
  const last = runs.at(-1);
  console.log(
    `\ncoordinator-screens, ${VERSIONS} versions (${last?.review.episodes} episodes, ` +
      `${last?.duplicates.summary}), ${RUNS} run(s), Chromium ${chromiumVersion}\n`,
  );
  console.log('| measure | median | min | max |\n|---|---|---|---|');
  for (const [name, r] of Object.entries(summary))
    console.log(`| ${name} | ${r.median} ms | ${r.min} ms | ${r.max} ms |`);
  const file = writeResults('coordinator-screens', {
    options: { versions: VERSIONS, runs: RUNS, quiet },
    chromium: chromiumVersion,
    fillMs: Math.round(fillMs),
    install: install.value,
    summary,
    runs,
  });
  console.log(`\nresults: ${file}`);
} finally {
  await server.stop();
  rmSync(profileDir, { recursive: true, force: true });
}
