import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test-support/temp-dir';
import { unusedPort } from '../../test-support/unused-port';
import { connectDatabase } from '../connect';
import { findServerPrograms } from './find-programs';
import { instanceFiles } from './instance-files';
import { runningServerPid } from './server-process';
import { stopPrivateInstance } from './stop-private-instance';

const installed = findServerPrograms(['/usr/sbin', '/usr/local/sbin', '/usr/bin', '/usr/local/mysql/bin']);

// Starts a real mariadbd from DATA_DIR; takes some seconds. Skipped only where no server program exists.
describe.runIf(installed)('the private database server fallback', () => {
  const dataDir = makeTempDir('reg-pi-');
  let defaultUrl = '';
  beforeAll(async () => {
    chmodSync(dataDir.path, 0o755); // mkdtemp makes it 0700; the mysql user must pass through it
    defaultUrl = `mysql://root@127.0.0.1:${await unusedPort()}/registry`;
  });
  afterAll(async () => {
    await stopPrivateInstance(dataDir.path);
    expect(runningServerPid(instanceFiles(dataDir.path))).toBeUndefined();
    dataDir.remove();
  });

  it('initialises and starts a private server when nothing answers, then reuses it', async () => {
    const first = await connectDatabase({ defaultUrl, dataDir: dataDir.path, privatePort: 3307 });
    let port: number;
    try {
      expect(first.source).toBe('private');
      const [rows] = await first.pool.query<RowDataPacket[]>('SELECT DATABASE() AS name, @@port AS port');
      expect(rows[0]?.name).toBe('registry');
      port = Number(rows[0]?.port);
      expect(port).toBeGreaterThanOrEqual(3307);
      expect(readFileSync(join(dataDir.path, 'mariadb.port'), 'utf8').trim()).toBe(String(port));
      expect(existsSync(join(dataDir.path, 'mariadb', 'mysql'))).toBe(true);
    } finally {
      await first.close();
    }

    const pid = runningServerPid(instanceFiles(dataDir.path));
    expect(pid).toBeDefined();
    const second = await connectDatabase({ defaultUrl, dataDir: dataDir.path, privatePort: 3307 });
    try {
      expect(second.description).toBe(`mysql://root@127.0.0.1:${port}/registry`);
      expect(runningServerPid(instanceFiles(dataDir.path))).toBe(pid);
    } finally {
      await second.close();
    }
  });

  it('starts the stopped server again on its remembered port', async () => {
    const port = readFileSync(join(dataDir.path, 'mariadb.port'), 'utf8').trim();
    expect(await stopPrivateInstance(dataDir.path)).toBe(true);
    const again = await connectDatabase({ defaultUrl, dataDir: dataDir.path, privatePort: 3307 });
    try {
      expect(again.description).toBe(`mysql://root@127.0.0.1:${port}/registry`);
    } finally {
      await again.close();
    }
  });
});
