import { auditLog } from '@registry/db-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByUsername } from '../../auth/users-repo';
import { jsonOf } from '../../test-support/response-json';
import { makeTempDir } from '../../test-support/temp-dir';
import { testApp } from '../../test-support/test-app';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database';
import type { CliIo } from '../command';
import { runCli } from '../run-cli';
import { commands } from '.';

describe('add-hospital, add-user and reset-password', () => {
  let test: TestDatabase;
  const dataDir = makeTempDir();
  beforeAll(async () => {
    // Unmigrated: the commands bring the schema up to date themselves.
    test = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await test?.drop();
    dataDir.remove();
  });

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      env: { DATABASE_URL: test.url, DATA_DIR: dataDir.path, LOG_LEVEL: 'silent', USER: 'ops' },
    };
    const code = await runCli(argv, commands, io);
    return { code, out, err };
  }
  const login = (username: string, password: string) =>
    testApp(test.db).request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });

  it('adds hospitals, then a user at them who can sign in', async () => {
    expect(
      await cli(
        'add-hospital',
        '--name',
        'Kibosho Hospital',
        '--region',
        'kilimanjaro',
        '--zone',
        'northern',
      ),
    ).toEqual({
      code: 0,
      out: ['Added hospital "Kibosho Hospital".'],
      err: [],
    });
    expect((await cli('add-hospital', '--name', 'Mawenzi Hospital')).code).toBe(0);
    const added = await cli(
      'add-user',
      '--username',
      'amina',
      '--password',
      'first-password',
      '--role',
      'surgeon',
      '--hospital',
      'kibosho hospital',
      '--hospital',
      'Mawenzi Hospital',
      '--full-name',
      'Dr Amina Said',
    );
    expect(added.err).toEqual([]);
    expect(added.out).toEqual([
      'Added surgeon "amina" (Dr Amina Said) at Kibosho Hospital, Mawenzi Hospital.',
    ]);
    const response = await login('amina', 'first-password');
    expect(response.status).toBe(200);
    expect((await jsonOf(response)).user.hospitalIds).toHaveLength(2);
  });

  it('resets a password, lifting a lockout', async () => {
    for (let i = 0; i < 5; i++) await login('amina', 'wrong-password');
    expect((await login('amina', 'first-password')).status).toBe(429);
    const reset = await cli('reset-password', '--username', 'AMINA', '--password', 'second-password');
    expect(reset).toEqual({
      code: 0,
      out: ['The password of "amina" is changed; they must sign in again with it.'],
      err: [],
    });
    expect((await login('amina', 'second-password')).status).toBe(200);
    expect((await findUserByUsername(test.db, 'amina'))?.failedLogins).toBe(0);
  });

  it.each([
    [
      ['add-user', '--password', '12345678', '--role', 'admin'],
      /^add-user: --username is required\. Usage: pnpm cli add-user /,
    ],
    [
      ['add-user', '--username', 'x', '--password', '12345678', '--role', 'boss'],
      /^add-user: Unknown role "boss": use one of surgeon, coordinator, admin\. Usage:/,
    ],
    [
      ['add-user', '--username', 'x', '--password', 'short', '--role', 'admin'],
      /^add-user: The password must be at least 8 characters long\. Usage:/,
    ],
    [['add-user', '--username', 'x', '--pasword', '12345678'], /^add-user: Unknown option '--pasword'/],
    [['reset-password', '--username', 'amina'], /^reset-password: --password is required\. Usage:/],
    [['add-hospital', '--region', 'arusha'], /^add-hospital: --name is required\. Usage:/],
  ])('refuses wrong arguments with one line and exit code 2: %j', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
  });

  it.each([
    [
      ['add-user', '--username', 'amina', '--password', '12345678', '--role', 'admin'],
      'The username "amina" is already taken; choose another.',
    ],
    [
      [
        'add-user',
        '--username',
        'baraka',
        '--password',
        '12345678',
        '--role',
        'surgeon',
        '--hospital',
        'Nowhere',
      ],
      'There is no hospital named "Nowhere"; add it first with pnpm cli add-hospital --name "Nowhere".',
    ],
    [
      ['add-hospital', '--name', 'KIBOSHO HOSPITAL'],
      'A hospital named "KIBOSHO HOSPITAL" already exists; choose another name.',
    ],
    [
      ['add-user', '--username', 'bad name', '--password', '12345678', '--role', 'admin'],
      'The username may hold letters, digits and . _ @ - only (no spaces).',
    ],
    [['reset-password', '--username', 'ghost', '--password', '12345678'], 'There is no user named "ghost".'],
  ])('refuses what the database forbids with one sentence and exit code 1: %j', async (argv, message) => {
    expect(await cli(...argv)).toEqual({ code: 1, out: [], err: [message] });
  });

  it('audits what it did, as the operator, with no password', async () => {
    const rows = await test.db.select().from(auditLog);
    expect(rows.filter((row) => row.detail?.via === 'cli').map((row) => row.action)).toEqual([
      'admin.hospital.create',
      'admin.hospital.create',
      'admin.user.create',
      'admin.user.reset-password',
    ]);
    expect(rows.find((row) => row.detail?.via === 'cli')?.detail).toMatchObject({ osUser: 'ops' });
    expect(JSON.stringify(rows)).not.toMatch(/first-password|second-password/);
  });
});
