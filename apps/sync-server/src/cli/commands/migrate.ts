import { connectDatabase } from '../../db/connect';
import { migrateDatabase } from '../../db/migrate';
import { loadEnv } from '../../env';
import { createLogger } from '../../logger';
import { type CliCommand, parseCommandArgs } from '../command';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply pending database migrations (the server also does this when it starts).',
  usage: 'pnpm cli migrate',
  async run(args, io) {
    parseCommandArgs(args, {});
    const env = loadEnv(io.env);
    // Only warnings from the connector: the command prints its own result.
    const logger = createLogger({
      level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL,
      format: 'pretty',
    });
    const database = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger });
    try {
      const { applied, total } = await migrateDatabase(database.db);
      io.out(
        applied === 0
          ? `${database.description} is up to date (${total} migrations).`
          : `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${database.description} (${total} in all).`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
