import { commands } from './commands';
import { runCli } from './run-cli';

// `pnpm cli <command>` from the repository root; see commands/ for what exists.
const code = await runCli(process.argv.slice(2), commands, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});
process.exitCode = code;
