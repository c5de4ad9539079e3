import { accessSync, constants, statSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError } from './backup-error';

/** Where packages and tarballs put the client programs, beside the directories of PATH. */
export const EXTRA_CLIENT_DIRS = ['/usr/bin', '/usr/local/bin', '/usr/local/mysql/bin', '/opt/homebrew/bin'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function find(dirs: readonly string[], names: readonly string[], purpose: string): string {
  // MariaDB's own name first: on MariaDB 11 the mysql* names may be missing or print deprecation notes.
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  throw new BackupError(
    `Neither ${names.join(' nor ')} is installed (looked in PATH and ${EXTRA_CLIENT_DIRS.join(', ')}), and it is needed ${purpose}. ` +
      'Install the database client programs: sudo apt-get install mariadb-client (or your MySQL client package).',
  );
}

/** mariadb-dump, else mysqldump. */
export function findDumpProgram(dirs: readonly string[]): string {
  return find(dirs, ['mariadb-dump', 'mysqldump'], 'to write a backup');
}

/** mariadb, else mysql: the client that loads a dump. */
export function findLoadProgram(dirs: readonly string[]): string {
  return find(dirs, ['mariadb', 'mysql'], 'to load a backup');
}
