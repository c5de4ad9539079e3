import { describeDatabaseUrl } from '../../db/database-url';
import { BackupError } from '../../ops/backup/backup-error';
import {
  clientSearchDirs,
  databaseUrlOption,
  pathFromCli,
  tablesSummary,
} from '../../ops/backup/command-support';
import { manifestPathOf, readManifest } from '../../ops/backup/manifest';
import { restoreBackup } from '../../ops/backup/restore-backup';
import { comparisonLines } from '../../ops/backup/table-comparison';
import { type CliCommand, parseCommandArgs, UsageError } from '../command';
import { required } from '../with-database';

/**
 * `pnpm cli restore`: loads a backup into an empty database and proves it identical to the backup,
 * table by table (ops/backup/restore-backup.ts). Exit code 1 when anything does not match.
 */
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a backup into an empty database, then check every table against the backup.',
  usage:
    'pnpm cli restore --from FILE --database-url mysql://user:pass@host:3306/NEW_DATABASE [--force] [--no-manifest]  (or the URL in RESTORE_DATABASE_URL)',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      from: { type: 'string' },
      'database-url': { type: 'string' },
      force: { type: 'boolean' },
      'no-manifest': { type: 'boolean' },
    });
    const from = pathFromCli(io, required(values, 'from'));
    const targetUrl = databaseUrlOption(io, values['database-url'], 'database-url', 'RESTORE_DATABASE_URL');
    if (!targetUrl) {
      throw new UsageError(
        '--database-url is required (the database to restore into; or set RESTORE_DATABASE_URL)',
      );
    }
    const target = describeDatabaseUrl(targetUrl);
    try {
      const manifest = values['no-manifest'] ? undefined : await readManifest(manifestPathOf(from));
      const result = await restoreBackup({
        from,
        manifest,
        targetUrl,
        force: values.force === true,
        searchDirs: clientSearchDirs(io),
        osUser: io.env.USER ?? io.env.USERNAME,
      });
      const lines = comparisonLines(result, { expected: 'in backup', actual: 'restored' });
      for (const line of lines) (result.same ? io.out : io.err)(line);
      if (!result.same) {
        io.err(`The database ${target} does NOT match the backup (see the tables above). Do not use it.`);
        return 1;
      }
      const sums = Object.fromEntries(
        result.tables.map((row) => [row.table, row.actual ?? { rows: 0, checksum: '' }]),
      );
      io.out(`Restored ${from} into ${target}: every table matches the backup (${tablesSummary(sums)}).`);
      if (result.migrationsApplied > 0) {
        io.out(
          `The backup was made by an older version: ${result.migrationsApplied} migration(s) brought it up to date.`,
        );
      }
      io.out(
        `It is database generation ${result.generation}: devices that synced before will pull everything again from the start.`,
      );
      io.out('Point the server at it (DATABASE_URL) and restart it.');
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      io.err(error.message);
      return 1;
    }
  },
};
