import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { BackupError } from './backup-error';
import { type DumpContents, DumpUnreadableError } from './dump-reader';
import type { BackupManifest } from './manifest';
import { dumpReaderTap, sha256Tap } from './stream-taps';
import { compareTables } from './table-comparison';

/** Whether a file starts as gzip does (whatever its name says). */
export async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Reads a backup file to its end and checks it: that it is the very file its manifest describes (size
 * and SHA-256), that it decompresses, that the dump in it is complete, and that its tables hold what
 * the manifest says. Returns what the dump holds, against which a database loaded from it is checked.
 * Throws a BackupError saying what is wrong with the file; nothing is touched meanwhile.
 */
export async function readBackupFile(
  path: string,
  manifest: BackupManifest | undefined,
): Promise<DumpContents> {
  const size = await stat(path).then(
    (stats) => stats.size,
    () => {
      throw new BackupError(`There is no backup file at ${path}.`);
    },
  );
  if (manifest && size !== manifest.file.bytes) {
    throw new BackupError(
      `The backup file ${path} is ${size} bytes long, but it was ${manifest.file.bytes} bytes when it was written: ` +
        `it was ${size < manifest.file.bytes ? 'cut short' : 'altered'}. Use another copy of this backup.`,
    );
  }
  const gzip = await isGzip(path);
  const hashing = sha256Tap();
  const reading = dumpReaderTap({});
  let contents: DumpContents;
  try {
    await pipeline([
      createReadStream(path),
      hashing.stream,
      ...(gzip ? [createGunzip()] : []),
      reading.stream,
      discard(),
    ]);
    contents = reading.reader.end();
  } catch (error) {
    // A file that differs from its manifest is said so first: what broke in it follows from that.
    if (manifest && (await fileSha256(path)) !== manifest.file.sha256) throw notTheFile(path);
    if (error instanceof DumpUnreadableError) {
      throw new BackupError(`The backup file ${path} is damaged. ${error.message}`);
    }
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_')) {
      throw new BackupError(
        `The backup file ${path} is damaged: it cannot be decompressed (${(error as Error).message}). Use another copy of this backup.`,
      );
    }
    throw error;
  }
  if (manifest) {
    if (hashing.result().sha256 !== manifest.file.sha256) throw notTheFile(path);
    const comparison = compareTables(manifest.tables, contents.tables);
    if (!comparison.same) {
      const differing = comparison.tables.filter((row) => !row.same).map((row) => row.table);
      throw new BackupError(
        `The backup file ${path} and its manifest disagree about table ${differing.join(', ')}: the manifest does not belong to this file.`,
      );
    }
  }
  return contents;
}

/** The end of a pipeline that only reads: the text has been looked at on its way here. */
function discard(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}

const notTheFile = (path: string) =>
  new BackupError(
    `The backup file ${path} is not the one its manifest describes (its SHA-256 differs): it was damaged or altered after it was written. Use another copy of this backup.`,
  );

async function fileSha256(path: string): Promise<string> {
  const hashing = sha256Tap();
  await pipeline([createReadStream(path), hashing.stream, discard()]);
  return hashing.result().sha256;
}
