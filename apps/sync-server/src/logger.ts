import pino, { type DestinationStream, type Logger } from 'pino';
import type { Env } from './env';
import { createPrettyStream } from './pretty-log-stream';

export type { Logger };

const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'password_hash',
  'token',
  'accessToken',
  'refreshToken',
  'tokenHash',
  'token_hash',
  'authorization',
  'Authorization',
  'cookie',
  'databaseUrl',
  'DATABASE_URL',
];

/** Secret fields at the top level and up to three objects deep (pino's redaction has no deep wildcard). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]);

export interface LoggerOptions {
  level: Env['LOG_LEVEL'];
  format: Env['LOG_FORMAT'];
  /** Where lines go; stdout by default. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

export function createLogger({ level, format, destination }: LoggerOptions): Logger {
  const out = destination ?? pino.destination({ dest: 1, sync: false });
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    format === 'pretty' ? createPrettyStream(out) : out,
  );
}
