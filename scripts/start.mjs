// `npm start` (or `pnpm start`): install, build the web app, then run the server, which serves the
// web app and the API on one port, finds or starts a database, migrates it and seeds demo data.
import { pnpm, step } from './run.mjs';

await step('Installing dependencies', ['install', '--frozen-lockfile', '--prefer-offline']);
await step('Building the web app', ['--filter', '@registry/web', 'build']);
console.log('\n▶ Starting the registry');
process.exit(await pnpm(['--filter', '@registry/sync-server', 'start']));
