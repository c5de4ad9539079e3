import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { type CpuUse, cpuSnapshot, cpuUse, waitQuiet } from './process-cpu';

// Debian's Chromium, never a downloaded one, with the flags of the e2e specs and the peer bench.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserRun<T> {
  value: T;
  /** Launch, page load, the measurement, close. */
  wallMs: number;
  /** CPU while `body` ran. */
  cpu: CpuUse;
  /** How busy the machine was before it started, and how long the bench waited for it to calm. */
  before: { waitedS: number; otherCores: number };
  errors: string[];
}

export interface BrowserRunOptions {
  baseUrl: string;
  serverPid: number | undefined;
  /** A profile to reopen; a fresh one (removed afterwards) when absent. */
  profileDir?: string;
  quiet: { cores: number; maxWaitS: number };
  /** Wait for the bench page's `window.webBench` (default); false for the real app. */
  ready?: boolean;
  /** Start with no network, as a device in the field. */
  offline?: boolean;
}

export let chromiumVersion = '';

/**
 * Runs `body` against the bench page in a new Chromium on an on-disk profile (a persistent context:
 * Chromium keeps an incognito context's IndexedDB in memory, which is faster and not what a device does).
 */
export async function inBrowser<T>(options: BrowserRunOptions, body: (page: Page) => Promise<T>) {
  const before = await waitQuiet(options.quiet.cores, options.quiet.maxWaitS);
  const start = performance.now();
  const dir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'web-sync-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  chromiumVersion ||= context.browser()?.version() ?? '';
  const errors: string[] = [];
  let measured: { value: T; cpu: CpuUse };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    if (options.offline) await context.setOffline(true);
    await page.goto(`${options.baseUrl}/`);
    if (options.ready !== false) await page.waitForFunction(() => window.webBench?.ready === true);
    const a = cpuSnapshot(options.serverPid);
    const value = await body(page);
    measured = { value, cpu: cpuUse(a, cpuSnapshot(options.serverPid)) };
  } finally {
    await context.close();
    if (!options.profileDir) rmSync(dir, { recursive: true, force: true });
  }
  return { ...measured, wallMs: performance.now() - start, before, errors } satisfies BrowserRun<T>;
}

export const newProfileDir = () => mkdtempSync(join(tmpdir(), 'web-sync-bench-'));
