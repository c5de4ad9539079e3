import { describe, expect, it } from 'vitest';
import { BadCursorError, encodeCursor, parseCursor } from './cursor';

const VERSION = '0192f4c1-0000-7000-8000-000000000001';

describe('pull cursors', () => {
  it('carry the seq, the scope and the version at the seq, and give them back', () => {
    expect(parseCursor(encodeCursor(42, 'all.3f9a', VERSION))).toEqual({
      seq: 42,
      scope: 'all.3f9a',
      anchor: VERSION,
    });
    expect(parseCursor(encodeCursor(7, 'all'))).toEqual({ seq: 7, scope: 'all', anchor: '' });
    expect(parseCursor('')).toEqual({ seq: 0, scope: '', anchor: '' });
  });

  it('keep the three fields a server of the release before reads, so that it starts again instead of refusing', () => {
    const text = Buffer.from(encodeCursor(42, 'all', VERSION), 'base64url').toString('utf8');
    const [prefix, seq, scope, ...rest] = text.split(':');
    expect([prefix, seq, rest]).toEqual(['c1', '42', []]);
    // That server compares the whole field with its own scope ('all'): they differ, so it starts again.
    expect(scope).not.toBe('all');
  });

  it('refuse what this server did not make', () => {
    for (const bad of ['not-a-cursor', encodeCursor(1, 'a~b~c').replace(/^/, 'x')])
      expect(() => parseCursor(bad)).toThrow(BadCursorError);
    expect(() => parseCursor(Buffer.from('c1:1:all~a~b', 'utf8').toString('base64url'))).toThrow(
      BadCursorError,
    );
  });
});
