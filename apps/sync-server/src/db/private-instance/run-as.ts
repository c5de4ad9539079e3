import { constants, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RunAs {
  /** The --user= value for mariadbd, or undefined when not running as root. */
  user: 'mysql' | 'root' | undefined;
  /** Owner to give the data folder (when running as root as the mysql user). */
  owner: { uid: number; gid: number } | undefined;
}

function mysqlAccount(): { uid: number; gid: number } | undefined {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('mysql:'));
    const [, , uid, gid] = line?.split(':') ?? [];
    return uid && gid ? { uid: Number(uid), gid: Number(gid) } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether others may pass through every folder above `dataDir` (else the mysql user cannot reach its data). */
function reachableByOthers(dataDir: string): boolean {
  for (let current = dirname(dataDir); ; current = dirname(current)) {
    try {
      if ((statSync(current).mode & constants.S_IXOTH) === 0) return false;
    } catch {
      return false;
    }
    if (dirname(current) === current) return true;
  }
}

/**
 * mariadbd refuses to run as root unless told to. As root we run it as the mysql account, as an
 * installed server would; when there is none, or it could not reach the data (a DATA_DIR under /root),
 * the private instance runs as root: it listens on 127.0.0.1 only.
 */
export function decideRunAs(dataDir: string): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    return { user: undefined, owner: undefined };
  const account = mysqlAccount();
  if (!account || !reachableByOthers(dataDir)) return { user: 'root', owner: undefined };
  return { user: 'mysql', owner: account };
}
