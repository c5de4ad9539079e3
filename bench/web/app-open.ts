// The real web app as a device meets it: JavaScript on first load, and opening offline with a
// registry on the device. See bench/README.md ("Web app: opening").
//   pnpm --filter @registry/bench app-open [--versions 50000] [--runs 5]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { numberArg } from '../support/args';
import { writeResults } from '../support/results';
import { repoRoot } from '../support/server-process';
import { setUpRegistry } from './bench-registry';
import { inBrowser, newProfileDir } from './browser-run';
import { installAsCoordinator } from './install-as-coordinator';

const VERSIONS = numberArg('versions', 50_000);
const RUNS = numberArg('runs', 5);
const PORT = numberArg('port', 8192);
const quiet = { cores: numberArg('quiet-cores', 0.3), maxWaitS: numberArg('quiet-wait', 60) };

// The production build of the app, exactly as `npm start` serves it.
const webDir = join(repoRoot, 'apps/web');
const distDir = join(webDir, 'dist');
await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn' });
const html = readFileSync(join(distDir, 'index.html'), 'utf8');
const initialScripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
const initialJsGzip = initialScripts.reduce(
  (total, file) => total + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
  0,
);
console.log(
  `app-open: JavaScript on first load ${(initialJsGzip / 1024).toFixed(1)} KB gzipped (${initialScripts.length} files)`,
);

const { server } = await setUpRegistry(VERSIONS, PORT, distDir);
const browser = { baseUrl: server.baseUrl, serverPid: server.process.pid, quiet };
const profileDir = newProfileDir();
try {
  // Install: sign in online once, let the first sync finish and the service worker take control.
  const install = await inBrowser({ ...browser, profileDir, ready: false }, (page) =>
    installAsCoordinator(page),
  );
  console.log(
    `installed: signed in and first sync of ${VERSIONS} versions done in ${install.value.firstSyncThroughUiMs} ms`,
  );

  // Each run: a new Chromium on that profile, with no network, opens the app.
  const opens = [];
  for (let r = 1; r <= RUNS; r++) {
    const run = await inBrowser({ ...browser, profileDir, ready: false, offline: true }, async (page) => {
      const usable = await page.waitForFunction(
        () => (document.querySelector('h1')?.textContent?.startsWith('Hello') ? performance.now() : false),
        undefined,
        { polling: 'raf' },
      );
      const searchable = await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid=patients-on-device]')
            ?.textContent?.includes('patients on this device')
            ? performance.now()
            : false,
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      return {
        usableMs: Math.round(Number(await usable.jsonValue())),
        searchableMs: Math.round(Number(await searchable.jsonValue())),
      };
    });
    opens.push(run.value);
    console.log(
      `run ${r}: usable screen ${run.value.usableMs} ms, every patient searchable ${run.value.searchableMs} ms (offline, from navigation start)`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const summary = {
    versions: VERSIONS,
    initialJsGzipBytes: initialJsGzip,
    initialJsFiles: initialScripts.length,
    openOfflineUsableMs: median(opens.map((o) => o.usableMs)),
    openOfflineSearchableMs: median(opens.map((o) => o.searchableMs)),
    targets: { initialJsGzipBytes: 200 * 1024, openOfflineUsableMs: 1000 },
  };
  console.log(
    `app-open, ${VERSIONS} versions held, ${RUNS} runs (median): JS ${(initialJsGzip / 1024).toFixed(1)} KB gz (target < 200 KB); ` +
      `usable offline ${summary.openOfflineUsableMs} ms (target < 1000 ms); all patients searchable ${summary.openOfflineSearchableMs} ms`,
  );
  console.log(`results: ${writeResults('app-open', { summary, install: install.value, opens })}`);
} finally {
  await server.stop();
}
