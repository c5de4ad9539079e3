// `npm test` (or `pnpm test`): install, then every check and every test — lint, types, unit and
// MariaDB tests (Vitest), end-to-end specs in Chromium (Playwright). Ends with one summary line.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, repoRoot, step } from './run.mjs';

const out = join(repoRoot, 'test-results');
mkdirSync(out, { recursive: true });

await step('Installing dependencies', ['install', '--frozen-lockfile', '--prefer-offline']);
await step('Lint and format check', ['lint']);
await step('Type check', ['typecheck']);

const vitestJson = join(out, 'vitest.json');
console.log('\n▶ Unit, property and MariaDB tests (Vitest)');
const unitCode = await pnpm([
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);

await step('Building the web app for the end-to-end specs', ['--filter', '@registry/web', 'build']);
const playwrightJson = join(out, 'playwright.json');
console.log('\n▶ End-to-end specs in Chromium (Playwright)');
const e2eCode = await pnpm(['--filter', '@registry/e2e', 'test', '--reporter=list,json'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
});

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const unit = readJson(vitestJson);
const e2e = readJson(playwrightJson)?.stats;
const passed = (unit?.numPassedTests ?? 0) + (e2e?.expected ?? 0) + (e2e?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.skipped ?? 0);
const broken = unitCode !== 0 || e2eCode !== 0 || !unit || !e2e;

console.log(`\nVitest: ${unit?.numPassedTests ?? '?'} passed, ${unit?.numFailedTests ?? '?'} failed`);
console.log(`Playwright: ${e2e ? e2e.expected + e2e.flaky : '?'} passed, ${e2e?.unexpected ?? '?'} failed`);
console.log(
  `Tests: ${passed} passed, ${failed + (broken && failed === 0 ? 1 : 0)} failed, ${skipped} skipped`,
);
process.exit(broken ? 1 : 0);
