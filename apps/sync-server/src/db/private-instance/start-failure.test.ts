import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test-support/temp-dir';
import { unusedPort } from '../../test-support/unused-port';
import { connectDatabase } from '../connect';
import { DatabaseUnavailableError } from '../connection-error';

// Stand-ins for the real programs: install-db makes the system folder, the server fails as a real one would.
const FAKE_INSTALL_DB = `#!/bin/sh
for arg in "$@"; do case "$arg" in --datadir=*) mkdir -p "\${arg#--datadir=}/mysql" ;; esac; done
`;
const FAKE_SERVER = `#!/bin/sh
for arg in "$@"; do case "$arg" in --log-error=*) echo "2026-11-22 0 [ERROR] Can't start server: fake failure" >> "\${arg#--log-error=}" ;; esac; done
exit 1
`;

describe('a private database server that does not start', () => {
  const bin = makeTempDir();
  const dataDir = makeTempDir();
  afterAll(() => {
    bin.remove();
    dataDir.remove();
  });

  it('stops with one sentence naming the reason and the log', async () => {
    for (const [name, script] of [
      ['mariadb-install-db', FAKE_INSTALL_DB],
      ['mariadbd', FAKE_SERVER],
    ] as const) {
      writeFileSync(join(bin.path, name), script);
      chmodSync(join(bin.path, name), 0o755);
    }
    const port = await unusedPort();
    const error = await connectDatabase({
      defaultUrl: `mysql://root@127.0.0.1:${port}/registry`,
      dataDir: dataDir.path,
      serverSearchDirs: [bin.path],
      privatePort: await unusedPort(),
      startTimeoutMs: 10_000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    const data = join(dataDir.path, 'mariadb');
    expect((error as Error).message).toBe(
      `No database: nothing answers at mysql://root@127.0.0.1:${port}, and the private database server in ${data} ` +
        `did not start (Can't start server: fake failure); see ${join(data, 'mariadb.err')}, ` +
        'or set DATABASE_URL=mysql://user:pass@host:3306/registry.',
    );
    expect(existsSync(join(data, 'mysql'))).toBe(true);
  });
});
