import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface InstanceFiles {
  /** The server's own data folder, owned by the user mariadbd runs as. */
  dataFolder: string;
  /** Written by us beside the data folder, so a later start reuses the same port. */
  portFile: string;
  socket: string;
  pidFile: string;
  errorLog: string;
  installLog: string;
}

// A unix socket path must stay under ~107 bytes; a deep DATA_DIR gets its socket in the temp folder.
const MAX_SOCKET_PATH = 100;

export function instanceFiles(dataDir: string): InstanceFiles {
  const dataFolder = join(dataDir, 'mariadb');
  const socketInData = join(dataFolder, 'mariadb.sock');
  const socket =
    socketInData.length <= MAX_SOCKET_PATH
      ? socketInData
      : join(
          tmpdir(),
          `registry-mariadb-${createHash('sha256').update(dataFolder).digest('hex').slice(0, 12)}.sock`,
        );
  return {
    dataFolder,
    portFile: join(dataDir, 'mariadb.port'),
    socket,
    // Inside the data folder: mariadbd, running as the mysql user, can write there.
    pidFile: join(dataFolder, 'mariadb.pid'),
    errorLog: join(dataFolder, 'mariadb.err'),
    installLog: join(dataDir, 'mariadb-install.log'),
  };
}
