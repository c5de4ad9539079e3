import { createApp } from '../app';
import type { DatabaseHandle } from '../db/connect';
import type { Env } from '../env';
import { exitWith } from '../fatal';
import type { Logger } from '../logger';
import { readVersion } from '../version-info';
import { listenHttp } from './listen-http';

/** Serves the app on PORT until SIGINT/SIGTERM, then lets requests in flight finish and closes the pool. */
export async function serveHttp(env: Env, logger: Logger, database: DatabaseHandle): Promise<void> {
  const app = createApp({ db: database.db, logger, version: readVersion(), webDist: env.WEB_DIST });
  const server = listenHttp(app.fetch, { port: env.PORT, hostname: env.HOST }, () => {
    if (env.WORKERS === 1) logger.info(`Registry listening on http://localhost:${env.PORT}`);
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
