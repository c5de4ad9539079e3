import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { DumpReader } from './dump-reader';

/** Passes bytes on unchanged while counting them and hashing them with SHA-256. */
export function sha256Tap() {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), bytes }) };
}

/**
 * Passes a dump's text on unchanged while a DumpReader reads it. When the dump reaches a table's
 * rows, `onTableRows` is told, and the text waits until what it returns has settled (so a slow consumer holds the
 * dump program back rather than piling its output up in memory).
 */
export function dumpReaderTap(options: {
  keepRowsOf?: readonly string[];
  onTableRows?: ((table: string) => Promise<void> | void) | undefined;
}) {
  const waiting: Promise<void>[] = [];
  const reader = new DumpReader({
    ...(options.keepRowsOf ? { keepRowsOf: options.keepRowsOf } : {}),
    onTableRows(table) {
      const settled = options.onTableRows?.(table);
      if (settled) waiting.push(settled);
    },
  });
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        reader.write(chunk);
      } catch (error) {
        done(error as Error);
        return;
      }
      if (waiting.length === 0) {
        done(null, chunk);
        return;
      }
      Promise.all(waiting.splice(0)).then(
        () => done(null, chunk),
        (error: unknown) => done(error as Error),
      );
    },
  });
  return { stream, reader };
}
