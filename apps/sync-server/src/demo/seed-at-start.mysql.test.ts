import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli/command';
import { commands } from '../cli/commands';
import { runCli } from '../cli/run-cli';
import { createLogger } from '../logger';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';
import { seedDemoAtStart } from './seed-at-start';

const cheap = { patients: 30, passwordParams: { memoryCost: 1024, timeCost: 1, parallelism: 1 } };

describe('the demo at first start', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('loads the demo into an empty database and says how to sign in, in the log and on the console', async () => {
    const logged: string[] = [];
    const printed: string[] = [];
    const logger = createLogger({
      level: 'info',
      format: 'json',
      destination: { write: (line) => logged.push(line) },
    });
    const seeded = await seedDemoAtStart(test.db, {
      logger,
      url: 'http://localhost:8181',
      print: (line) => printed.push(line),
      seed: cheap,
    });
    expect(seeded).toBe(true);
    const sentence =
      'Demo data loaded. Sign in at http://localhost:8181 with: admin / registry-demo (admin), coordinator / registry-demo (coordinator), surgeon / registry-demo (surgeon at Bugando Medical Centre and Sengerema Designated District Hospital).';
    expect(printed).toContain(sentence);
    expect(printed.join('\n')).toMatch(/^ {2}g\.mabula +Grace Mabula, surgeon at Bugando Medical Centre$/m);
    expect(printed.join('\n')).toContain('SEED_DEMO=false');
    expect(logged.map((line) => JSON.parse(line).msg)).toContain(sentence);
  });

  it('leaves a database with users alone', async () => {
    const printed: string[] = [];
    const logger = createLogger({ level: 'silent', format: 'json' });
    expect(
      await seedDemoAtStart(test.db, {
        logger,
        url: 'http://x',
        print: (line) => printed.push(line),
        seed: cheap,
      }),
    ).toBe(false);
    expect(printed).toEqual([]);
  });
});

describe('pnpm cli seed-demo', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await test?.drop();
  });

  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { DATABASE_URL: test.url, LOG_LEVEL: 'silent', PORT: '9090' },
    };
    return { code: await runCli(['seed-demo', ...args], commands, io), out, err };
  };

  it('refuses a patient count it cannot use', async () => {
    const result = await run('--patients', 'lots');
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/^seed-demo: --patients must be a whole number from 30 to/);
  });

  it('seeds, prints the logins, then refuses a second time in one sentence', async () => {
    const first = await run('--patients', '30', '--seed', 'cli');
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.out[0]).toMatch(
      /^Demo data loaded\. Sign in at http:\/\/localhost:9090 with: admin \/ registry-demo/,
    );
    expect(first.out.join('\n')).toMatch(/seed "cli"/);
    const second = await run();
    expect(second.code).toBe(1);
    expect(second.err).toEqual([
      'The database already has users, so no demo data was loaded: seed-demo only fills an empty registry.',
    ]);
  });
});
