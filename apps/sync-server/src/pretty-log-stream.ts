import type { DestinationStream } from 'pino';

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};

/**
 * LOG_FORMAT=pretty without pino-pretty: each JSON line becomes "12:03:04.567 INFO  message key=value".
 * Redaction has already happened when pino serialised the line.
 */
export function createPrettyStream(out: DestinationStream): DestinationStream {
  return { write: (line: string) => out.write(formatLine(line)) };
}

export function formatLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  // pid and hostname matter when several instances log to one place, not on a terminal.
  const { level, time, msg, err, pid: _pid, hostname: _hostname, ...rest } = entry;
  const clock = typeof time === 'number' ? new Date(time).toISOString().slice(11, 23) : '';
  const fields = Object.entries(rest).map(
    ([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  const head = [clock, LEVEL_NAMES[Number(level)] ?? String(level), msg ?? '', ...fields]
    .filter(Boolean)
    .join(' ');
  const stack = err && typeof err === 'object' && 'stack' in err ? `\n${String(err.stack)}` : '';
  return `${head}${stack}\n`;
}
