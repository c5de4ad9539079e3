import pino from 'pino';
import type { Logger } from '../logger';

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
