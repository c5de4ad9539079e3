import { Hono } from 'hono';
import { requireAuth } from '../auth/require-auth';
import { requireAction } from '../auth/require-role';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { registryStats } from './registry-stats';
import { serverStatus } from './server-status';
import { versionRoute } from './version-route';

export interface OpsDeps {
  db: RegistryDb;
  version: string;
  newestMigration: number;
  now: () => Date;
}

/**
 * GET /version and GET /status (public: what a device or a monitor may know before signing in) and
 * GET /stats (coordinators and admins: counts of the registry's content).
 */
export function opsRoutes({ db, version, newestMigration, now }: OpsDeps) {
  return new Hono<AuthedEnv>()
    .route('/', versionRoute(version))
    .get('/status', async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await serverStatus({ db, version, newestMigration, now }));
    })
    .get('/stats', requireAuth({ db, now }), requireAction('reports', { db }), async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await registryStats(db));
    });
}
