import { Hono } from 'hono';
import { describeDatabaseError } from '../db/connection-error';
import { appliedMigrations } from '../db/migrate';
import type { RegistryDb } from '../db/registry-db';

export interface HealthDeps {
  db: RegistryDb;
  version: string;
  /** The newest migration this code ships (drizzle folderMillis). */
  newestMigration: number;
  /** How long the database may take to answer before the server reports itself degraded. */
  timeoutMs?: number;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  version: string;
  database: { reachable: boolean; migrations: 'applied' | 'pending' | 'unknown'; latency_ms: number | null };
  reason?: string;
}

/** For load balancers and people: 200 when the database answers and is migrated, else 503 with why. */
export function healthRoutes(deps: HealthDeps) {
  return new Hono().get('/health', async (c) => {
    c.header('Cache-Control', 'no-store');
    const report = await checkHealth(deps);
    return c.json(report, report.status === 'ok' ? 200 : 503);
  });
}

export async function checkHealth({
  db,
  version,
  newestMigration,
  timeoutMs = 3000,
}: HealthDeps): Promise<HealthReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    const migrations = await Promise.race([appliedMigrations(db), timeout]);
    const latency = Math.round(performance.now() - started);
    const current = migrations.newest !== null && migrations.newest >= newestMigration;
    return {
      status: current ? 'ok' : 'degraded',
      version,
      database: { reachable: true, migrations: current ? 'applied' : 'pending', latency_ms: latency },
      ...(current
        ? {}
        : { reason: 'The database has not been migrated yet: restart the server or run pnpm cli migrate.' }),
    };
  } catch (error) {
    const why =
      error instanceof Error && error.message === 'timeout'
        ? `it did not answer within ${timeoutMs / 1000} s`
        : describeDatabaseError(error);
    return {
      status: 'degraded',
      version,
      database: { reachable: false, migrations: 'unknown', latency_ms: null },
      reason: `The database cannot be reached: ${why}.`,
    };
  } finally {
    clearTimeout(timer);
  }
}
