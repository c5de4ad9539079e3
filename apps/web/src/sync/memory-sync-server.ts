import type {
  PulledVersion,
  PullResponse,
  PushRequest,
  PushResponse,
  RecentResponse,
  Version,
} from '@registry/domain';
import type { SyncTransport } from './sync-transport';

/**
 * A sync server in memory with the protocol's observable behaviour — idempotent pushes, unknown parents
 * refused for now (retryable), a second first version of a record refused for good, a seq per accepted
 * version, pulls after a cursor — for testing the engine without HTTP.
 * It does not check record data or permissions; the real server's tests do.
 */
export class MemorySyncServer implements SyncTransport {
  readonly stored: PulledVersion[] = [];
  private readonly byId = new Map<string, PulledVersion>();

  /**
   * A server started on what an earlier one stored (a restart: the database outlives the process), or
   * on a backup, in a later generation: cursors of an earlier generation start again, marked restored.
   */
  constructor(
    durable: readonly PulledVersion[] = [],
    readonly generation = 0,
  ) {
    for (const v of durable) {
      this.stored.push(v);
      this.byId.set(v.versionId, v);
    }
  }

  async push({ versions }: PushRequest): Promise<PushResponse> {
    const response: PushResponse = { accepted: [], duplicate: [], rejected: [] };
    for (const v of versions) {
      if (this.byId.has(v.versionId)) response.duplicate.push(v.versionId);
      else if (v.parents.some((p) => !this.byId.has(p))) {
        response.rejected.push({
          versionId: v.versionId,
          reason: 'It is based on a version the server does not have.',
          retryable: true,
        });
      } else if (v.parents.length === 0 && this.stored.some((held) => held.entityId === v.entityId)) {
        response.rejected.push({
          versionId: v.versionId,
          reason: 'A record with this id already exists on the server.',
        });
      } else {
        this.store(v);
        response.accepted.push(v.versionId);
      }
    }
    return response;
  }

  async pull(cursor: string, limit: number): Promise<PullResponse> {
    const [generation, seq] = cursor.includes('.') ? cursor.split('.').map(Number) : [0, Number(cursor)];
    const restored = cursor !== '' && generation !== this.generation;
    const after = cursor === '' || restored ? 0 : (seq ?? 0);
    const page = this.stored.filter((v) => v.seq > after).slice(0, limit);
    const last = page.at(-1)?.seq ?? after;
    const next = this.generation === 0 ? String(last) : `${this.generation}.${last}`;
    const more = this.stored.some((v) => v.seq > last);
    return restored
      ? { versions: page, cursor: next, more, restored }
      : { versions: page, cursor: next, more };
  }

  async recent(limit: number): Promise<RecentResponse> {
    const newest = this.stored.slice(-limit);
    const patients = new Set(
      newest.map((v) => (v.entity === 'patient' ? v.entityId : String(v.data.patientId))),
    );
    const wanted = new Set(newest);
    for (const v of this.stored) if (v.entity === 'patient' && patients.has(v.entityId)) wanted.add(v);
    return { versions: this.stored.filter((v) => wanted.has(v)) };
  }

  private store(v: Version): void {
    const pulled = { ...v, seq: this.stored.length + 1, receivedAt: new Date(0).toISOString() };
    this.stored.push(pulled);
    this.byId.set(v.versionId, pulled);
  }
}
