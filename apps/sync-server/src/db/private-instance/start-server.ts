import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { InstanceFiles } from './instance-files';
import type { RunAs } from './run-as';

export interface StartedServer {
  pid: number | undefined;
  /** Resolves with the exit code if the server stops (e.g. fails to start); never rejects. */
  exited: Promise<number | null>;
}

/**
 * Starts mariadbd detached from this process, so it keeps running after the server or CLI exits
 * and the next start reuses it. It listens on 127.0.0.1 only.
 */
export function startServer(server: string, files: InstanceFiles, port: number, runAs: RunAs): StartedServer {
  const args = [
    '--no-defaults',
    `--datadir=${files.dataFolder}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${files.socket}`,
    `--pid-file=${files.pidFile}`,
    `--log-error=${files.errorLog}`,
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_ci',
    // MySQL 8 would open its X protocol port too; "loose-" makes MariaDB ignore the option it does not know.
    '--loose-mysqlx=OFF',
    ...(runAs.user ? [`--user=${runAs.user}`] : []),
  ];
  const child = spawn(server, args, { detached: true, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(-1));
    child.once('exit', (code) => resolve(code));
  });
  child.unref();
  return { pid: child.pid, exited };
}

/** The log's size now, so that only what a start writes after it is read back. */
export function logSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** The last meaningful line written to the server's error log since `fromByte`, to say why it did not start. */
export function lastLogLine(path: string, fromByte = 0): string | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path)
    .subarray(fromByte)
    .toString('utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines.filter((line) => /\[ERROR\]/.test(line));
  return (errors.at(-1) ?? lines.at(-1))?.replace(/^.*?\[ERROR\]\s*/, '');
}
