import type { PulledVersion, PullResponse, PushRequest, PushResponse } from '@registry/domain';
import { MemorySyncServer } from '../memory-sync-server';
import type { SyncTransport } from '../sync-transport';
import { NetworkError } from './faulty-transport';

/**
 * The server process, killed and started again at random: a push in hand when it dies is either not
 * committed at all or committed with its answer lost (a push is one transaction on the real server).
 * What was committed survives the restart, as the database does; nothing else does. Now and then the
 * database is also restored from an older backup.
 */
export class RestartingServer implements SyncTransport {
  current = new MemorySyncServer();
  restarts = 0;
  restores = 0;
  private backup: PulledVersion[] | undefined;
  private generation = 0;

  constructor(
    private readonly random: () => number,
    private readonly rate: number,
  ) {}

  restart(): void {
    this.restarts++;
    this.current = new MemorySyncServer(this.current.stored, this.current.generation);
  }

  takeBackup(): void {
    this.backup = [...this.current.stored];
  }

  /**
   * The database brought back from the last backup, in a new generation: what arrived since is gone
   * from the server, and only the devices that hold it can bring it back.
   */
  restoreBackup(): void {
    if (!this.backup) return;
    this.restores++;
    this.current = new MemorySyncServer(this.backup, ++this.generation);
  }

  async push(request: PushRequest): Promise<PushResponse> {
    const dies = this.random() < this.rate;
    if (dies && this.random() < 0.5) return this.die();
    const answer = await this.current.push(request);
    return dies ? this.die() : answer;
  }

  async pull(cursor: string, limit: number): Promise<PullResponse> {
    return this.random() < this.rate ? this.die() : this.current.pull(cursor, limit);
  }

  private die(): never {
    this.restart();
    throw new NetworkError('the server restarted');
  }
}
