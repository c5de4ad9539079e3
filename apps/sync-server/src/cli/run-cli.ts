import { fatalMessage } from '../fatal';
import { type CliCommand, type CliIo, UsageError } from './command';

/** Runs one command line (without the program name); returns the exit code. */
export async function runCli(argv: string[], commands: readonly CliCommand[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const names = commands.map((command) => command.name).join(', ');
  if (name === undefined || name === '--help' || name === '-h') {
    return runCli(['help'], commands, io);
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Unknown command "${name}". Commands: ${names}. Run pnpm cli help for details.`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${command.name}: ${error.message.replace(/\.?$/, '.')} Usage: ${command.usage}`);
      return 2;
    }
    io.err(fatalMessage(error));
    return 1;
  }
}
