// `npm start` (or `pnpm start`): install, build the web app, then run the server, which serves the
// web app and the API on one port, finds or starts a database, migrates it and seeds demo data.
import { join } from 'node:path';
import { repoRoot, run, step } from './run.mjs';

await step('Installing dependencies', ['install', '--frozen-lockfile', '--prefer-offline']);
await step('Building the web app', ['--filter', '@registry/web', 'build']);
console.log('\n▶ Starting the registry');
// A person at a terminal reads logs; a service manager collects JSON.
const env = {
  ...process.env,
  LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
};
// Node runs the server itself (no pnpm in between), so a stop signal reaches it directly.
const cwd = join(repoRoot, 'apps/sync-server');
process.exit(await run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd, env }));
