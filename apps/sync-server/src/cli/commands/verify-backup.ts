import { describeDatabaseUrl } from '../../db/database-url';
import { BackupError } from '../../ops/backup/backup-error';
import { databaseUrlOption, pathFromCli, tablesSummary } from '../../ops/backup/command-support';
import { databaseChecksums } from '../../ops/backup/database-checksums';
import { manifestPathOf, readManifest } from '../../ops/backup/manifest';
import { readBackupFile } from '../../ops/backup/read-backup-file';
import { GENERATION_TABLE } from '../../ops/backup/start-generation';
import { compareTables, comparisonLines } from '../../ops/backup/table-comparison';
import { type CliCommand, parseCommandArgs } from '../command';
import { required } from '../with-database';

/**
 * `pnpm cli verify-backup`: checks a backup file against its manifest without restoring it (whole,
 * unaltered, complete); with --database-url, also a database restored from it, table by table.
 */
export const verifyBackupCommand: CliCommand = {
  name: 'verify-backup',
  summary: 'Check a backup file against its manifest, and optionally a database restored from it.',
  usage: 'pnpm cli verify-backup --from FILE [--database-url mysql://…/RESTORED_DATABASE]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      from: { type: 'string' },
      'database-url': { type: 'string' },
    });
    const from = pathFromCli(io, required(values, 'from'));
    const databaseUrl = databaseUrlOption(io, values['database-url'], 'database-url', 'RESTORE_DATABASE_URL');
    try {
      const manifest = await readManifest(manifestPathOf(from));
      await readBackupFile(from, manifest);
      io.out(
        `${from} is whole and matches its manifest: a backup of ${manifest.database} taken at ${manifest.startedAt} (${tablesSummary(manifest.tables)}).`,
      );
      if (!databaseUrl) return 0;
      const database = describeDatabaseUrl(databaseUrl);
      const comparison = compareTables(manifest.tables, await databaseChecksums(databaseUrl), [
        GENERATION_TABLE,
      ]);
      const lines = comparisonLines(comparison, { expected: 'in backup', actual: 'database' }, [
        GENERATION_TABLE,
      ]);
      for (const line of lines) (comparison.same ? io.out : io.err)(line);
      if (!comparison.same) {
        io.err(`The database ${database} does NOT hold what the backup holds (see the tables above).`);
        return 1;
      }
      io.out(`The database ${database} holds exactly what the backup holds.`);
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      io.err(error.message);
      return 1;
    }
  },
};
