import { DatabaseUnavailableError } from './db/connection-error';
import { EnvError } from './env';

/**
 * The one line printed when the server or CLI cannot go on. Our own errors are already sentences
 * for people; anything else is summarised without its stack.
 */
export function fatalMessage(error: unknown): string {
  if (error instanceof EnvError || error instanceof DatabaseUnavailableError) return error.message;
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE')
    return 'The port is already in use: stop the other program or set PORT to a free port.';
  if (code === 'EACCES')
    return 'The server may not listen on that port: choose a PORT above 1023 or run with rights to it.';
  const message = error instanceof Error ? error.message : String(error);
  return `The registry stopped: ${message.replace(/\.?$/, '.')}`;
}

export function exitWith(error: unknown): never {
  process.stderr.write(`${fatalMessage(error)}\n`);
  process.exit(1);
}
