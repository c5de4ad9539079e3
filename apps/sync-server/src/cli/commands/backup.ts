import { existsSync } from 'node:fs';
import { BackupError } from '../../ops/backup/backup-error';
import {
  byteSize,
  cliDatabaseUrl,
  clientSearchDirs,
  pathFromCli,
  tablesSummary,
} from '../../ops/backup/command-support';
import { createBackup } from '../../ops/backup/create-backup';
import { type CliCommand, parseCommandArgs } from '../command';
import { required } from '../with-database';

/**
 * `pnpm cli backup`: a consistent snapshot of the registry's database while the server runs, with its
 * manifest beside it (ops/backup/create-backup.ts). The database is the CLI's usual one (DATABASE_URL).
 */
export const backupCommand: CliCommand = {
  name: 'backup',
  summary:
    'Back the database up to a file (gzip for .gz) while the server runs, with a manifest to verify it by.',
  usage: 'pnpm cli backup --out FILE[.sql|.sql.gz] [--force]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } });
    const out = pathFromCli(io, required(values, 'out'));
    if (!values.force && existsSync(out)) {
      io.err(`${out} already exists; add --force to replace it.`);
      return 1;
    }
    try {
      const { manifest, manifestPath } = await createBackup({
        databaseUrl: await cliDatabaseUrl(io),
        out,
        searchDirs: clientSearchDirs(io),
      });
      io.out(
        `Backed up ${manifest.source} (${tablesSummary(manifest.tables)}) to ${out} (${byteSize(manifest.file.bytes)}).`,
      );
      io.out(`Its manifest is ${manifestPath}: keep the two together.`);
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      io.err(error.message);
      return 1;
    }
  },
};
