import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-dir';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import type { CliIo } from './command';
import { commands } from './commands';
import { runCli } from './run-cli';

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), env };
  return { out, err, io: value };
}

describe('runCli', () => {
  let test: TestDatabase;
  const dataDir = makeTempDir();
  beforeAll(async () => {
    test = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await test?.drop();
    dataDir.remove();
  });

  it('lists the commands for an unknown command', async () => {
    const run = io();
    expect(await runCli(['frobnicate'], commands, run.io)).toBe(2);
    const names = commands.map((command) => command.name).join(', ');
    expect(names).toMatch(/^migrate, .*help$/);
    expect(run.err).toEqual([
      `Unknown command "frobnicate". Commands: ${names}. Run pnpm cli help for details.`,
    ]);
  });

  it('shows help without a command', async () => {
    const run = io();
    expect(await runCli([], commands, run.io)).toBe(0);
    expect(run.out.join('\n')).toMatch(/migrate +Apply pending database migrations/);
  });

  it('rejects unknown options with the usage', async () => {
    const run = io();
    expect(await runCli(['migrate', '--force'], commands, run.io)).toBe(2);
    expect(run.err[0]).toMatch(/^migrate: Unknown option '--force'.*\. Usage: pnpm cli migrate$/);
  });

  it('migrates the database of DATABASE_URL, then finds it up to date', async () => {
    const env = { DATABASE_URL: test.url, DATA_DIR: dataDir.path, LOG_LEVEL: 'silent' };
    const first = io(env);
    expect(await runCli(['migrate'], commands, first.io)).toBe(0);
    expect(first.out[0]).toMatch(/^Applied \d+ migrations to mysql:\/\/.+ \(\d+ in all\)\.$/);
    expect(first.out[0]).toContain(`/${test.name} `);
    const second = io(env);
    expect(await runCli(['migrate'], commands, second.io)).toBe(0);
    expect(second.out[0]).toMatch(/is up to date \(\d+ migrations\)\.$/);
  });

  it('reports a bad environment in one line', async () => {
    const run = io({ PORT: 'x' });
    expect(await runCli(['migrate'], commands, run.io)).toBe(1);
    expect(run.err).toEqual(['Invalid environment: PORT must be a port number (got "x").']);
  });
});
