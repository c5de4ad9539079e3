import type { Pool } from 'mysql2/promise';
import { type Exchange, exchangeKind, unexpectedWrites } from './allowed-writes';
import { AuditLedger, type DbShape, type DbSnapshot, readShape, takeSnapshot } from './db-snapshot';

export interface GuardVerdict {
  /** How the answer was checked, or undefined when it may write (a 2xx of a POST, PUT, PATCH…). */
  kind: Exchange['kind'] | undefined;
  /** What it wrote that it had no right to, in words. */
  problems: string[];
}

/**
 * Snapshots of the database around each request, and the check that a refusal or a read wrote only
 * what allowed-writes.ts permits. Requests go one at a time: the snapshot after one is the snapshot
 * before the next, unless something else wrote in between (say so with `before(true)`).
 */
export class WriteGuard {
  private current: DbSnapshot | undefined;

  private constructor(
    private readonly shape: DbShape,
    private readonly ledger: AuditLedger,
  ) {}

  static async start(pool: Pool): Promise<WriteGuard> {
    const shape = await readShape(pool);
    return new WriteGuard(shape, await AuditLedger.start(shape));
  }

  /** The database before a request; `stale` when something wrote since the last request's snapshot. */
  async before(stale = false): Promise<DbSnapshot> {
    let snapshot = this.current;
    if (!snapshot || stale) {
      snapshot = await takeSnapshot(this.shape, this.current);
      this.ledger.record(snapshot.newAudit);
    }
    this.current = undefined; // until this request's snapshot after is taken
    return snapshot;
  }

  /**
   * The database after the request, compared with `before`. `kind` overrides how the answer is judged
   * (a connection that closed without an answer has no status).
   */
  async after(
    before: DbSnapshot,
    exchange: Omit<Exchange, 'kind'> & { kind?: Exchange['kind'] },
  ): Promise<GuardVerdict> {
    const after = await takeSnapshot(this.shape, before);
    this.ledger.record(after.newAudit);
    this.current = after;
    const kind = exchange.kind ?? exchangeKind(exchange.method, exchange.status);
    return { kind, problems: kind ? unexpectedWrites(before, after, { ...exchange, kind }) : [] };
  }

  /** Audit lines that changed or went since they were first seen (it hashes the whole log: now and then). */
  auditProblems(): Promise<string[]> {
    return this.ledger.problems();
  }
}
