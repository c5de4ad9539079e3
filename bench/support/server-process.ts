import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const serverDir = join(repoRoot, 'apps/sync-server');

export interface BenchServer {
  baseUrl: string;
  databaseUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** An empty database for a bench run: BENCH_DATABASE_URL or root@127.0.0.1:3306/registry_bench. */
export async function freshDatabase(): Promise<string> {
  const url = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/registry_bench';
  const u = new URL(url);
  const admin = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  });
  const name = u.pathname.slice(1);
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return url;
}

/** Runs the real server in its own process (its own event loop and CPU), as production does. */
export async function startServer(databaseUrl: string, port = 8190, extraEnv: Record<string, string> = {}) {
  // BENCH_PROFILE=dir writes a CPU profile of the server to dir when it stops.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    databaseUrl,
    process: child,
    async stop() {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  } satisfies BenchServer;
}

/** Runs `pnpm cli …` (the operator's tool) against the bench database. */
export function cli(databaseUrl: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm cli ${args[0]} failed (${code})`)),
    );
  });
}
