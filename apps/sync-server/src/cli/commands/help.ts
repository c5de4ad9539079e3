import { type CliCommand, parseCommandArgs } from '../command';

/** `help` lists every command; it is given the list rather than importing it, to avoid an import cycle. */
export function helpCommand(list: () => readonly CliCommand[]): CliCommand {
  return {
    name: 'help',
    summary: 'List the commands, or show how to use one.',
    usage: 'pnpm cli help [command]',
    async run(args, io) {
      const { positionals } = parseCommandArgs(args, {}, true);
      const wanted = positionals[0];
      const commands = list();
      if (wanted) {
        const command = commands.find((candidate) => candidate.name === wanted);
        if (!command) {
          io.err(`Unknown command "${wanted}". Commands: ${commands.map((c) => c.name).join(', ')}.`);
          return 2;
        }
        io.out(`${command.usage}\n  ${command.summary}`);
        return 0;
      }
      const width = Math.max(...commands.map((command) => command.name.length));
      io.out('Usage: pnpm cli <command> [options]\n\nCommands:');
      for (const command of commands) io.out(`  ${command.name.padEnd(width)}  ${command.summary}`);
      return 0;
    },
  };
}
