import { checkHealth, type HealthDeps, type HealthReport } from '../routes/health';

export interface ServerStatus extends Pick<HealthReport, 'status' | 'database' | 'reason'> {
  /** The server's clock, so a device or an admin can spot a phone whose clock is far off. */
  serverTime: string;
}

/**
 * What /api/status tells anyone: the same database checks as /api/health (reused, not repeated),
 * plus the server's time. Never secrets: the reason is the health check's plain sentence.
 */
export async function serverStatus(deps: HealthDeps & { now: () => Date }): Promise<ServerStatus> {
  const { status, database, reason } = await checkHealth(deps);
  return { status, database, ...(reason ? { reason } : {}), serverTime: deps.now().toISOString() };
}
