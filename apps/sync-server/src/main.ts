import { serve } from '@hono/node-server';
import { createApp } from './app';
import { connectDatabase } from './db/connect';
import { migrateDatabase } from './db/migrate';
import { seedDemoAtStart } from './demo/seed-at-start';
import { loadEnv } from './env';
import { exitWith } from './fatal';
import { createLogger } from './logger';
import { readVersion } from './version-info';

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const database = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger });
  const migrations = await migrateDatabase(database.db);
  logger.info(migrations, 'Migrations applied');
  if (env.SEED_DEMO) await seedDemoAtStart(database.db, { logger, url: `http://localhost:${env.PORT}` });

  const app = createApp({ db: database.db, logger, version: readVersion(), webDist: env.WEB_DIST });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
    logger.info(`Registry listening on http://localhost:${env.PORT}`);
  });
  server.once('error', (error) => {
    void database.close().finally(() => exitWith(error));
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    // Open keep-alive connections would hold close() forever; give requests in flight a moment, then go.
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => {
      void database.close().finally(() => process.exit(0));
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch(exitWith);
