import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-dir';
import { dropDatabase, randomDatabaseName, testDatabaseUrl } from '../test-support/test-database';
import { unusedPort } from '../test-support/unused-port';
import { connectDatabase } from './connect';
import { DatabaseUnavailableError } from './connection-error';
import { describeDatabaseUrl } from './database-url';

describe('connectDatabase', () => {
  const dataDir = makeTempDir();
  const created: string[] = [];
  afterAll(async () => {
    await Promise.all(created.map(dropDatabase));
    dataDir.remove();
  });

  it('creates the database named in DATABASE_URL when it is missing', async () => {
    const name = randomDatabaseName();
    created.push(name);
    const database = await connectDatabase({ databaseUrl: testDatabaseUrl(name), dataDir: dataDir.path });
    try {
      const [rows] = await database.pool.query<RowDataPacket[]>(
        'SELECT DATABASE() AS name, @@collation_database AS collation, @@session.time_zone AS zone',
      );
      expect(rows[0]).toEqual({ name, collation: 'utf8mb4_unicode_ci', zone: '+00:00' });
      expect(database.source).toBe('DATABASE_URL');
      expect(database.description).toBe(describeDatabaseUrl(testDatabaseUrl(name)));
    } finally {
      await database.close();
    }
  });

  it('uses the default address when DATABASE_URL is not set', async () => {
    const name = randomDatabaseName();
    created.push(name);
    const database = await connectDatabase({ defaultUrl: testDatabaseUrl(name), dataDir: dataDir.path });
    expect(database.source).toBe('default');
    await database.close();
  });

  it('does not fall back when DATABASE_URL does not answer, and says so in one sentence', async () => {
    const port = await unusedPort();
    const attempt = connectDatabase({
      databaseUrl: `mysql://app:secret@127.0.0.1:${port}/registry`,
      dataDir: dataDir.path,
    });
    await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toBe(
      `Cannot use the database at mysql://app@127.0.0.1:${port}/registry (from DATABASE_URL): ` +
        'nothing answers at that address. Check DATABASE_URL.',
    );
    expect(message).not.toContain('secret');
  });

  it('says what to do when nothing answers and no server program is installed', async () => {
    const port = await unusedPort();
    const emptyBin = makeTempDir();
    try {
      const attempt = connectDatabase({
        defaultUrl: `mysql://root@127.0.0.1:${port}/registry`,
        dataDir: dataDir.path,
        serverSearchDirs: [emptyBin.path],
      });
      const message = await attempt.catch((error: unknown) => error);
      expect(message).toBeInstanceOf(DatabaseUnavailableError);
      expect((message as Error).message).toBe(
        `No database: nothing answers at mysql://root@127.0.0.1:${port} and no MariaDB or MySQL server is installed. ` +
          'Install one (sudo apt-get install mariadb-server) or set DATABASE_URL=mysql://user:pass@host:3306/registry.',
      );
      expect((message as Error).message).not.toContain('\n');
    } finally {
      emptyBin.remove();
    }
  });

  it('names the problem when the default server refuses the login', async () => {
    const stranger = new URL(testDatabaseUrl(randomDatabaseName()));
    stranger.username = 'no_such_user_x';
    stranger.password = '';
    const attempt = connectDatabase({
      defaultUrl: stranger.toString(),
      dataDir: dataDir.path,
      serverSearchDirs: [],
    });
    await expect(attempt).rejects.toThrow(
      /refused the user name or password\. Fix that server, or set DATABASE_URL/,
    );
  });
});
