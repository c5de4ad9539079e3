import { describeDatabaseUrl } from '../../db/database-url';
import { BackupError } from '../../ops/backup/backup-error';
import { cliDatabaseUrl, databaseUrlOption } from '../../ops/backup/command-support';
import { databaseChecksums } from '../../ops/backup/database-checksums';
import { GENERATION_TABLE } from '../../ops/backup/start-generation';
import { compareTables, comparisonLines } from '../../ops/backup/table-comparison';
import { type CliCommand, parseCommandArgs, UsageError } from '../command';

/**
 * `pnpm cli compare-databases`: whether two databases hold the same rows, table by table (row counts
 * and order-independent content checksums, each database read in one consistent snapshot). The
 * restore generation is shown but not compared: a restored database is meant to differ there.
 */
export const compareDatabasesCommand: CliCommand = {
  name: 'compare-databases',
  summary: 'Compare two databases table by table (rows and content); exit code 1 when they differ.',
  usage:
    'pnpm cli compare-databases --with mysql://…/OTHER [--database-url mysql://…/FIRST]  (first: DATABASE_URL; other: or COMPARE_DATABASE_URL)',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      with: { type: 'string' },
      'database-url': { type: 'string' },
    });
    const otherUrl = databaseUrlOption(io, values.with, 'with', 'COMPARE_DATABASE_URL');
    if (!otherUrl)
      throw new UsageError('--with is required (the database to compare with; or set COMPARE_DATABASE_URL)');
    const firstUrl =
      databaseUrlOption(io, values['database-url'], 'database-url', 'DATABASE_URL') ??
      (await cliDatabaseUrl(io));
    const first = describeDatabaseUrl(firstUrl);
    const other = describeDatabaseUrl(otherUrl);
    try {
      const comparison = compareTables(await databaseChecksums(firstUrl), await databaseChecksums(otherUrl), [
        GENERATION_TABLE,
      ]);
      io.out(`first: ${first}`);
      io.out(`other: ${other}`);
      for (const line of comparisonLines(comparison, { expected: 'first', actual: 'other' }, [
        GENERATION_TABLE,
      ])) {
        io.out(line);
      }
      if (!comparison.same) {
        io.err(`The databases differ (see the tables above).`);
        return 1;
      }
      io.out('The databases hold the same rows in every table.');
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      io.err(error.message);
      return 1;
    }
  },
};
