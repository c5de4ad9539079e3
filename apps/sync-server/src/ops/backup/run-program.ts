import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { basename } from 'node:path';
import { promisify } from 'node:util';

/** The first line a client program prints for --version, e.g. "mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB". */
export async function programVersion(program: string): Promise<string> {
  const { stdout } = await promisify(execFile)(program, ['--version']);
  return stdout.split('\n')[0]?.replace(/\s+/g, ' ').trim() || basename(program);
}

/** The most of a program's error output kept for the message. */
const STDERR_LIMIT = 4000;

/**
 * Starts a client program with its output and errors piped. `finished` settles when it has exited,
 * with its exit code (null when killed) and the start of what it printed on stderr.
 */
export function startProgram(program: string, args: readonly string[], stdin: 'pipe' | 'ignore') {
  const child: ChildProcess = spawn(program, args, { stdio: [stdin, 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    if (stderr.length < STDERR_LIMIT) stderr += text;
  });
  const finished = (async () => {
    const [code] = (await once(child, 'close')) as [number | null];
    return { code, stderr: stderr.slice(0, STDERR_LIMIT).trim() };
  })();
  // Reported through `finished` (spawn errors such as EACCES arrive as 'error' then 'close').
  child.on('error', (error) => {
    stderr ||= error.message;
  });
  return { child, finished };
}

/** What a failed program said, as one line for a message: its errors joined, warnings left out when there are errors. */
export function programComplaint(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // The client's "ERROR 1064 (42000) at line 12: …" says it all; it may echo the statement around it.
  const coded = lines.filter((line) => /^(\S+: )?(Got )?error\b/i.test(line));
  const errors = lines.filter(
    (line) => !/^warning\b/i.test(line) && !/deprecated/i.test(line) && !/^-+$/.test(line),
  );
  const text = (coded.length > 0 ? coded : errors.length > 0 ? errors : lines).slice(0, 3).join(' ');
  return text === '' ? 'it gave no reason' : text.replace(/\.?$/, '');
}
