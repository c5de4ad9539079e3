// Helpers for the root start/test scripts: they must work with only Node 20 and npm on the machine.
import { execFileSync, spawn, spawnSync } from 'node:child_process';

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
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
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

export function gitRoot() {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
}
