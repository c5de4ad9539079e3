import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { BackupError } from './backup-error';

export const MANIFEST_FORMAT = 'surgical-registry-backup-manifest';

const tableSumSchema = z.object({
  rows: z.number().int().min(0),
  checksum: z.string().regex(/^[0-9a-f]{16}$/),
});

/**
 * What a backup holds, written beside it, so that the file and any database restored from it can be
 * checked later: the file's own SHA-256, and each table's row count and content checksum (row-hash.ts),
 * read from the dump itself and so true of exactly the snapshot the dump holds.
 */
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(1),
  /** When the backup started (its snapshot is from a moment after this) and when it was complete. */
  startedAt: z.iso.datetime(),
  completedAt: z.iso.datetime(),
  /** The database backed up, without any password. */
  database: z.string(),
  source: z.string(),
  serverVersion: z.string(),
  dumpProgram: z.string(),
  file: z.object({
    name: z.string(),
    bytes: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    gzip: z.boolean(),
  }),
  /** seq_counter's value in the snapshot: versions with a higher seq arrived after the backup. */
  lastSeq: z.number().int().min(0).nullable(),
  tables: z.record(z.string(), tableSumSchema),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** Where a backup's manifest is kept: beside it, named after it. */
export function manifestPathOf(backupPath: string): string {
  return `${backupPath}.manifest.json`;
}

export async function writeManifest(path: string, manifest: BackupManifest): Promise<void> {
  const partial = `${path}.partial`;
  await writeFile(partial, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(partial, path);
}

/** The manifest at `path`, or a BackupError saying why it cannot be used. */
export async function readManifest(path: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupError(
        `There is no manifest at ${path}: it is written beside each backup, to be copied with it. ` +
          '(pnpm cli restore --no-manifest restores without it, checking only that the dump is whole.)',
      );
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`The manifest ${path} is not complete JSON: it is damaged.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(
      `The manifest ${path} is not a backup manifest of this registry (${issue?.path.join('.') || 'format'}: ${issue?.message}).`,
    );
  }
  return parsed.data;
}
