import { accessSync, constants, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ServerPrograms {
  /** mariadbd or mysqld. */
  server: string;
  /** mariadb-install-db or mysql_install_db; absent for MySQL 8, which initialises with --initialize-insecure. */
  installDb: string | undefined;
}

/** Where distributions and tarballs put the server program, beside the directories of PATH. */
export const EXTRA_SERVER_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/mysql/bin'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findIn(dirs: readonly string[], names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The installed MariaDB or MySQL server program, looked for in `searchDirs` only (tests inject them). */
export function findServerPrograms(searchDirs: readonly string[]): ServerPrograms | undefined {
  const server = findIn(searchDirs, ['mariadbd', 'mysqld']);
  if (!server) return undefined;
  const base = dirname(dirname(server));
  const installDirs = [...searchDirs, dirname(server), join(base, 'bin'), join(base, 'scripts')];
  return { server, installDb: findIn(installDirs, ['mariadb-install-db', 'mysql_install_db']) };
}
