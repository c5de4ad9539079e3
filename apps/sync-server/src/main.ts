import cluster from 'node:cluster';
import { connectDatabase } from './db/connect';
import { migrateDatabase } from './db/migrate';
import { seedDemoAtStart } from './demo/seed-at-start';
import { loadEnv } from './env';
import { exitWith } from './fatal';
import { createLogger } from './logger';
import { forkWorkers } from './serve/fork-workers';
import { serveHttp } from './serve/serve-http';

/**
 * Prepares the database once (find or start it, migrate, seed the demo), then serves: in this process,
 * or in WORKERS processes sharing the port, each a stateless instance of the app.
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  if (cluster.isWorker) {
    // The primary resolved the database and passed its URL on.
    await serveHttp(
      env,
      logger,
      await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR }),
    );
    return;
  }
  const database = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger });
  const migrations = await migrateDatabase(database.db);
  logger.info(migrations, 'Migrations applied');
  if (env.SEED_DEMO) await seedDemoAtStart(database.db, { logger, url: `http://localhost:${env.PORT}` });
  if (env.WORKERS === 1) {
    await serveHttp(env, logger, database);
    return;
  }
  await database.close();
  forkWorkers(env.WORKERS, { DATABASE_URL: database.url }, logger);
  logger.info(`Registry listening on http://localhost:${env.PORT} with ${env.WORKERS} workers`);
}

main().catch(exitWith);
