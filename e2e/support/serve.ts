// Starts the real sync server (which also serves the built web app) on a freshly emptied database.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { E2E_DATABASE_URL, E2E_PORT } from './e2e-env';

const url = new URL(E2E_DATABASE_URL);
const database = url.pathname.slice(1);
const admin = await mysql.createConnection({ ...connectionOf(url), database: undefined });
await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
await admin.end();

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '../../apps/sync-server');
const server = spawn('pnpm', ['start'], {
  cwd: serverDir,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, PORT: String(E2E_PORT), LOG_LEVEL: 'warn' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

function connectionOf(u: URL) {
  return {
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}
