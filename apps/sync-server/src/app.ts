import { Hono } from 'hono';
import { adminRoutes } from './admin/admin-routes';
import { type AuthOptions, authOptions } from './auth/auth-options';
import { authRoutes } from './auth/auth-routes';
import { newestShippedMigration } from './db/migrate';
import type { RegistryDb } from './db/registry-db';
import { exportRoutes } from './exports/export-routes';
import { apiError, errorHandler } from './http/errors';
import { requestLog } from './http/request-log';
import { mountWebApp } from './http/web-app';
import type { Logger } from './logger';
import { openApiRoutes } from './openapi/openapi-routes';
import { opsRoutes } from './ops/ops-routes';
import { referenceRoutes } from './reference/reference-routes';
import { healthRoutes } from './routes/health';
import { syncRoutes } from './sync/sync-routes';

export interface AppDeps {
  db: RegistryDb;
  logger: Logger;
  /** Shown by /api/health, e.g. "0.1.0+055d9f5". */
  version: string;
  /** The built web app's folder (WEB_DIST). */
  webDist: string;
  /** The newest migration the database must have; read from the shipped migrations by default. */
  newestMigration?: number;
  /** Sign-in settings (clock, session lifetime, lockout, hashing cost); the defaults of auth-options.ts. */
  auth?: Partial<AuthOptions>;
}

/**
 * The HTTP app. Everything it uses comes in through `deps` and nothing is kept between requests, so
 * several instances (in one process for tests, or behind a load balancer) can share one database.
 */
export function createApp(deps: AppDeps) {
  const newestMigration = deps.newestMigration ?? newestShippedMigration();
  const app = new Hono();
  app.use('*', requestLog(deps.logger));
  app.route('/api', healthRoutes({ db: deps.db, version: deps.version, newestMigration }));
  const auth = authOptions(deps.auth);
  app.route('/api', authRoutes({ db: deps.db, options: auth }));
  app.route('/api', referenceRoutes({ db: deps.db, now: auth.now }));
  app.route('/api', adminRoutes({ db: deps.db, options: auth }));
  app.route('/api', syncRoutes({ db: deps.db, now: auth.now }));
  app.route('/api', opsRoutes({ db: deps.db, version: deps.version, newestMigration, now: auth.now }));
  app.route('/api', exportRoutes({ db: deps.db, logger: deps.logger, now: auth.now }));
  app.route('/api', openApiRoutes({ version: deps.version }));
  app.all('/api/*', (c) =>
    apiError(c, 404, `There is no ${c.req.method} ${c.req.path} in this server's API.`),
  );
  mountWebApp(app, deps.webDist);
  app.notFound((c) => c.text('Not found', 404));
  app.onError(errorHandler(deps.logger));
  return app;
}
