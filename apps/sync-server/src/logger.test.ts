import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { formatLine } from './pretty-log-stream';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('never writes passwords, tokens or authorization headers', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', format: 'json', destination: stream });
    logger.info({ username: 'amina', password: 'hunter2' }, 'login');
    logger.info({ body: { token: 'tok-123', newPassword: 'pw-456' } }, 'nested');
    logger.info({ req: { headers: { authorization: 'Bearer tok-789' } } }, 'deeper');
    logger.info({ user: { passwordHash: '$argon2id$abc' }, session: { tokenHash: 'f'.repeat(64) } }, 'rows');
    const text = lines.join('\n');
    for (const secret of ['hunter2', 'tok-123', 'pw-456', 'tok-789', '$argon2id$abc', 'f'.repeat(64)]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('amina');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ password: '[redacted]', msg: 'login' });
  });

  it('redacts in the pretty format too and writes one readable line', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', format: 'pretty', destination: stream });
    logger.info({ password: 'hunter2', port: 8080 }, 'hello');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO {2}hello .*port=8080/);
    expect(lines[0]).not.toContain('hunter2');
  });

  it('respects the level', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'warn', format: 'json', destination: stream });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['loud']);
  });
});

describe('formatLine', () => {
  it('passes through what is not JSON', () => {
    expect(formatLine('plain\n')).toBe('plain\n');
  });
});
