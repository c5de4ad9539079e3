import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The sync server's package, where `node --import tsx src/main.ts` finds tsx and its sources. */
const SERVER_DIR = fileURLToPath(new URL('../../../../sync-server/', import.meta.url));

/** Every server this process started, so that none outlives it even when a test is torn down badly. */
const running = new Set<ServerProcess>();
process.once('exit', () => {
  for (const server of running) server.killNow();
});

export interface ServerOptions {
  name: string;
  port: number;
  databaseUrl: string;
}

/**
 * One real sync server process (the same command as `pnpm start` in apps/sync-server), started in its
 * own process group so that a kill reaches whatever it spawned, with its output kept for diagnosis.
 */
export class ServerProcess {
  readonly baseUrl: string;
  /** The log lines at level error or fatal (pino levels 50 and 60) over every life of this server. */
  readonly errorLines: string[] = [];
  private readonly output: string[] = [];
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  starts = 0;

  constructor(readonly options: ServerOptions) {
    this.baseUrl = `http://127.0.0.1:${options.port}`;
  }

  get name(): string {
    return this.options.name;
  }

  get alive(): boolean {
    return this.child !== undefined;
  }

  /** Starts the process and resolves once GET /api/health answers 200. */
  async start(timeoutMs = 90_000): Promise<void> {
    if (this.child) throw new Error(`${this.options.name} is already running.`);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: this.options.databaseUrl,
        PORT: String(this.options.port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        WORKERS: '1',
      },
    });
    this.child = child;
    this.starts++;
    running.add(this);
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        this.output.push(line);
        if (this.output.length > 200) this.output.shift();
        if (/"level":(50|60)\b/.test(line)) this.errorLines.push(line);
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('exit', () => {
        if (this.child === child) this.child = undefined;
        resolve();
      });
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.child) throw new Error(`${this.options.name} exited while starting:\n${this.tail()}`);
      if (await this.healthy()) return;
      await sleep(200);
    }
    throw new Error(`${this.options.name} was not healthy after ${timeoutMs} ms:\n${this.tail()}`);
  }

  async healthy(): Promise<boolean> {
    try {
      const response = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      return response.status === 200;
    } catch {
      return false;
    }
  }

  /**
   * SIGKILL to the whole process group: no shutdown handler runs, requests in flight are cut, the
   * database sees its connections drop. Resolves once the process has exited, no process of the group
   * is left, and nothing listens on the port any more (so the kill really took the listener down).
   */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    const pid = child.pid;
    this.killNow();
    await this.exited;
    // On a loaded machine the group's other processes may take a while to be torn down.
    for (let i = 0; i < 250 && groupAlive(pid); i++) await sleep(40);
    if (groupAlive(pid)) throw new Error(`${this.options.name}: a process of group ${pid} survived SIGKILL.`);
    // A connect may rarely succeed on its own (a socket connecting to its own port); the port must stay quiet.
    for (let i = 0; i < 20 && (await listening(this.options.port)); i++) await sleep(100);
    if (await listening(this.options.port))
      throw new Error(
        `${this.options.name}: port ${this.options.port} still answers after SIGKILL (health: ${await this.healthy()}).`,
      );
    running.delete(this);
  }

  /** Synchronous, for the exit handler: SIGKILL to the group, ignoring a group already gone. */
  killNow(): void {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }

  /** The last lines the process printed, for a failure message. */
  tail(lines = 40): string {
    return this.output.slice(-lines).join('\n');
  }
}

/**
 * Whether a process of the group still runs. One that died but was not yet reaped (a zombie, whose
 * parent was killed with it) runs nothing, holds no socket and counts as gone.
 */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .some((pid) => {
        try {
          // Fields after the command's closing parenthesis: state, ppid, pgrp…
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return Number(group) === pgid && state !== 'Z' && state !== 'X';
        } catch {
          return false;
        }
      });
  } catch {
    return true; // no /proc to look in: the signal's answer stands
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A TCP port on 127.0.0.1 that nothing listens on (the OS picks it; it is free when this returns). */
export function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
