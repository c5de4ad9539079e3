import { instanceFiles } from './instance-files';
import { runningServerPid, waitForExit } from './server-process';

/**
 * Stops the private server of DATA_DIR (SIGTERM: a clean InnoDB shutdown), killing it only if it
 * does not stop in time. Returns false when none was running. Its data stays.
 */
export async function stopPrivateInstance(dataDir: string, timeoutMs = 30_000): Promise<boolean> {
  const pid = runningServerPid(instanceFiles(dataDir));
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, timeoutMs))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  return true;
}
