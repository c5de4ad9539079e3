import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDatabaseUrl } from '../../db/database-url';

/** A value in an option file: double-quoted, with the escapes the client programs read back. */
function optionValue(value: string): string {
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t');
  return `"${escaped}"`;
}

/** The [client] section for a database URL: how mariadb-dump and mariadb reach the same server as the app. */
export function clientOptions(url: string): string {
  const address = parseDatabaseUrl(url);
  const lines = ['[client]', `user=${optionValue(address.user)}`];
  if (address.password !== '') lines.push(`password=${optionValue(address.password)}`);
  const socket = address.extra.socketPath;
  if (typeof socket === 'string' && socket !== '') {
    lines.push(`socket=${optionValue(socket)}`, 'protocol=SOCKET');
  } else {
    // Like the app's driver, always over TCP: "localhost" would otherwise mean the Unix socket.
    lines.push(`host=${optionValue(address.host)}`, `port=${address.port}`, 'protocol=TCP');
  }
  if (address.extra.ssl !== undefined && address.extra.ssl !== false) {
    lines.push('ssl');
    const ssl = address.extra.ssl;
    const verify = !(
      typeof ssl === 'object' &&
      ssl !== null &&
      'rejectUnauthorized' in ssl &&
      !ssl.rejectUnauthorized
    );
    if (verify) lines.push('ssl-verify-server-cert');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `work` with the path of an option file (readable by this user only, removed afterwards) that
 * holds the login for `url`. Passed as --defaults-extra-file, the password never appears in the list
 * of processes nor in an environment variable other processes could read.
 */
export async function withClientOptionsFile<T>(url: string, work: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'registry-db-login-'));
  try {
    const path = join(dir, 'client.cnf');
    await writeFile(path, clientOptions(url), { mode: 0o600 });
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
