import { spawn } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServerPrograms } from './find-programs';
import type { InstanceFiles } from './instance-files';
import type { RunAs } from './run-as';

/** An initialised data folder has the system tables of the `mysql` schema. */
export function isInitialised(files: InstanceFiles): boolean {
  return existsSync(join(files.dataFolder, 'mysql'));
}

function run(program: string, args: string[], logPath: string): Promise<number | null> {
  const log = openSync(logPath, 'w');
  return new Promise<number | null>((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', log, log] });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  }).finally(() => closeSync(log));
}

/**
 * Creates the system tables, with root@localhost logging in by password (empty), not by unix socket,
 * so the server can connect over TCP as root. Defaults files are ignored: the machine's my.cnf is for
 * its own server, not this one.
 */
export async function initialise(
  programs: ServerPrograms,
  files: InstanceFiles,
  runAs: RunAs,
): Promise<void> {
  const dataDir = dirname(files.dataFolder);
  mkdirSync(files.dataFolder, { recursive: true });
  if (runAs.owner) {
    // The mysql user must pass through DATA_DIR and own its data folder.
    chmodSync(dataDir, statSync(dataDir).mode | 0o711);
    chownSync(files.dataFolder, runAs.owner.uid, runAs.owner.gid);
  }
  const user = runAs.user ? [`--user=${runAs.user}`] : [];
  const [program, args] = programs.installDb
    ? [
        programs.installDb,
        [
          '--no-defaults',
          `--datadir=${files.dataFolder}`,
          '--auth-root-authentication-method=normal',
          '--skip-test-db',
          ...basedirArgs(programs.server),
          ...user,
        ],
      ]
    : [programs.server, ['--no-defaults', '--initialize-insecure', `--datadir=${files.dataFolder}`, ...user]];
  const code = await run(program, args, files.installLog);
  if (code !== 0) throw new Error(`${program} exited with code ${code}; see ${files.installLog}`);
}

// Distribution installs know their own base folder; a tarball in /usr/local/mysql must be told.
function basedirArgs(server: string): string[] {
  const base = dirname(dirname(server));
  return base === '/usr' ? [] : [`--basedir=${base}`];
}
