import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Logger } from '../../logger';
import { DatabaseUnavailableError } from '../connection-error';
import { describeDatabaseUrl, parseDatabaseUrl } from '../database-url';
import { serverAnswers } from '../ensure-database';
import { findServerPrograms } from './find-programs';
import { initialise, isInitialised } from './initialise';
import { type InstanceFiles, instanceFiles } from './instance-files';
import { findFreePort, isPortFree } from './ports';
import { decideRunAs } from './run-as';
import { runningServerPid } from './server-process';
import { lastLogLine, logSize, startServer } from './start-server';

export interface PrivateInstanceOptions {
  dataDir: string;
  /** The address that did not answer: named in messages; its database name is kept. */
  defaultUrl: string;
  /** Folders to look for mariadbd/mysqld in. */
  searchDirs: readonly string[];
  firstPort?: number;
  startTimeoutMs?: number;
  logger?: Logger | undefined;
}

export interface PrivateInstance {
  url: string;
  port: number;
  /** False when an instance started earlier was reused. */
  started: boolean;
}

const SET_DATABASE_URL = 'set DATABASE_URL=mysql://user:pass@host:3306/registry';

/**
 * A MariaDB of the registry's own, for a machine with a server program installed but none running:
 * data in DATA_DIR/mariadb, port remembered in DATA_DIR/mariadb.port. Reused when already running.
 */
export async function ensurePrivateInstance(options: PrivateInstanceOptions): Promise<PrivateInstance> {
  const { dataDir, defaultUrl, logger } = options;
  const files = instanceFiles(dataDir);
  const urlFor = (port: number) =>
    `mysql://root@127.0.0.1:${port}/${encodeURIComponent(parseDatabaseUrl(defaultUrl).database)}`;
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const nothingAnswers = `nothing answers at ${describeDatabaseUrl(defaultUrl, { withDatabase: false })}`;

  const savedPort = readSavedPort(files);
  if (savedPort !== undefined) {
    const running = runningServerPid(files) !== undefined;
    if (await waitUntilAnswers(urlFor(savedPort), running ? timeoutMs : 0)) {
      return { url: urlFor(savedPort), port: savedPort, started: false };
    }
  }

  const programs = findServerPrograms(options.searchDirs);
  if (!programs) {
    throw new DatabaseUnavailableError(
      `No database: ${nothingAnswers} and no MariaDB or MySQL server is installed. ` +
        `Install one (sudo apt-get install mariadb-server) or ${SET_DATABASE_URL}.`,
    );
  }
  try {
    mkdirSync(dataDir, { recursive: true });
    const runAs = decideRunAs(dataDir);
    if (!isInitialised(files)) {
      if (existsSync(files.dataFolder) && readdirSync(files.dataFolder).length > 0) {
        throw new Error(`${files.dataFolder} is not empty but holds no database; move it away`);
      }
      logger?.info({ dataFolder: files.dataFolder }, 'Initialising a private database server');
      await initialise(programs, files, runAs).catch((error: unknown) => {
        rmSync(files.dataFolder, { recursive: true, force: true }); // a half-made folder would block every retry
        throw error;
      });
    }
    const port =
      savedPort !== undefined && (await isPortFree(savedPort))
        ? savedPort
        : await findFreePort(options.firstPort ?? 3307);
    const logStart = logSize(files.errorLog);
    const server = startServer(programs.server, files, port, runAs);
    writeFileSync(files.portFile, `${port}\n`);
    if (!(await waitUntilAnswers(urlFor(port), timeoutMs, server.exited))) {
      throw new Error(
        lastLogLine(files.errorLog, logStart) ?? `it did not answer within ${Math.round(timeoutMs / 1000)} s`,
      );
    }
    logger?.info(
      { port, dataFolder: files.dataFolder, pid: server.pid },
      'Started a private database server',
    );
    return { url: urlFor(port), port, started: true };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(
      `No database: ${nothingAnswers}, and the private database server in ${files.dataFolder} did not start ` +
        `(${why}); see ${files.errorLog}, or ${SET_DATABASE_URL}.`,
    );
  }
}

function readSavedPort(files: InstanceFiles): number | undefined {
  if (!existsSync(files.portFile)) return undefined;
  const port = Number(readFileSync(files.portFile, 'utf8').trim());
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

async function waitUntilAnswers(
  url: string,
  timeoutMs: number,
  exited?: Promise<number | null>,
): Promise<boolean> {
  let stopped = false;
  void exited?.then(() => {
    stopped = true;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await serverAnswers(url, 1000)) return true;
    if (stopped || Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
