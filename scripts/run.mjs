// Helpers for the root start/test scripts: they must work with only Node 20 and npm on the machine.
import { spawn, spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PNPM_VERSION = '10.34.9';

/** The pnpm command to use: the pinned version if installed, otherwise through npx (no global install). */
export function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/** Runs a command, inheriting the terminal; resolves with its exit code. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    // Pass a stop request on, so that stopping `npm start` also stops the server it started.
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (error) => {
      console.error(`Could not run ${cmd}: ${error.message}`);
      resolve(1);
    });
  });
}

/** Runs pnpm with the given arguments. */
export function pnpm(args, options) {
  const [cmd, ...pre] = pnpmCommand();
  return run(cmd, [...pre, ...args], options);
}

export async function step(title, args, options) {
  console.log(`\n▶ ${title}`);
  const code = await pnpm(args, options);
  if (code !== 0) {
    console.error(`\n✖ ${title} failed (exit ${code}).`);
    process.exit(code);
  }
}

/** The repository's root folder (this file lives in scripts/). */
export const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
