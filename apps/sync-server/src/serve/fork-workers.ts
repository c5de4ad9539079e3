import cluster from 'node:cluster';
import type { Logger } from '../logger';

/**
 * Starts `count` worker processes that share the port, replaces one that dies unexpectedly, and on
 * SIGINT/SIGTERM passes the signal on and exits once every worker has stopped.
 */
export function forkWorkers(count: number, env: Record<string, string>, logger: Logger): void {
  let stopping = false;
  const fork = () => cluster.fork(env);
  for (let i = 0; i < count; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'A server worker stopped; starting another');
    setTimeout(fork, 1000);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
