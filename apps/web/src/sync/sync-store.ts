import type { PulledVersion, Rejection, Version } from '@registry/domain';

/** A version saved on this device that the server has not yet acknowledged. */
export interface OutboxEntry {
  version: Version;
  /** Set when the server refused it: the version stays, with the reason, until a person deals with it. */
  rejection?: string;
  /** Set when the server cannot take it yet (its parent has not reached the server): it goes again. */
  waiting?: string;
}

/**
 * What the sync engine needs from the device's storage. Each method is one atomic step, so a crash or a
 * lost connection between any two of them leaves the device in a state the next sync resumes from.
 * IndexedDB (Dexie) is one implementation; an in-memory one serves tests and simulation.
 */
export interface SyncStore {
  /** Outbox versions not refused, oldest first (parents before children), at most `limit`. */
  pendingVersions(limit: number): Promise<Version[]>;
  /**
   * Takes acknowledged versions out of the outbox, marks refused ones, and marks those the server
   * cannot take yet as waiting, in one step. A waiting version built on a version this device holds
   * as refused is refused too: its parent will not reach the server until a person deals with it.
   */
  settlePush(
    acknowledged: readonly string[],
    rejected: readonly Rejection[],
    waiting?: readonly Rejection[],
  ): Promise<void>;
  /** The cursor of the last stored pull page ('' before the first). */
  pullCursor(): Promise<string>;
  /**
   * Stores a pulled page and its cursor together, so a page is either wholly kept or pulled again.
   * Without a cursor (versions asked for outside the pull, such as the newest first) the cursor stays.
   */
  storePulled(versions: readonly PulledVersion[], cursor: string | undefined): Promise<void>;
  /**
   * Puts every version of this device's user that it holds and that is not waiting already back in the
   * outbox, parents first: the server's database was restored and may have lost them. Returns how many.
   */
  resendOwn(): Promise<number>;
}
