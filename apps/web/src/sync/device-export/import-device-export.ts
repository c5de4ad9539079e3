import {
  can,
  type DeviceExport,
  type DeviceExportProblem,
  inCausalOrder,
  type PushRequest,
  type PushResponse,
  parseDeviceExport,
  pushBatches,
  type Rejection,
  type SessionUser,
  type Version,
} from '@registry/domain';
import type { LocalStore } from '../../local/local-store';
import { SyncError, type SyncErrorKind } from '../sync-error';

/** What an import sends versions signed by others through: the server's push with `?import=1`. */
export interface ImportTransport {
  importPush(request: PushRequest): Promise<PushResponse>;
}

/** What a file holds for this device, shown before anything is imported. */
export interface ImportSummary {
  file: DeviceExport;
  /** Versions in the file that this device already holds. */
  alreadyHere: number;
  /** New versions signed by the user importing, parents before children. */
  own: Version[];
  /** New versions signed by other users, parents before children. */
  others: Version[];
}

/** Why the versions of other users were not sent to the server. */
export type OthersBlocked = 'not-allowed' | 'offline' | 'signed-out';

export interface ImportOutcome {
  /** The user's own versions now on this device and in its outbox. */
  ownAdded: number;
  /** The user's own versions held back: they build on others' versions that were not imported. */
  ownWaiting: number;
  /** Versions the device held before: nothing was done with them. */
  alreadyHere: number;
  /** Others' versions (and any of the user's they build on) the server stored now. */
  sentToServer: number;
  /** Versions the server already held. */
  alreadyOnServer: number;
  /** Versions the server refused, with its reasons; the file still holds them. */
  refused: Rejection[];
  /** Others' versions not sent (refused ones aside), and why: not allowed, offline, or a failure. */
  othersNotSent: number;
  othersBlocked?: OthersBlocked;
  /** The server could not be reached or refused the import part-way. */
  failure?: { kind: SyncErrorKind; message: string; status?: number | undefined };
}

/** What the file adds to this device: nothing of what it already holds, the rest by author. */
export async function summarizeImport(
  store: LocalStore,
  file: DeviceExport,
  userId: string,
): Promise<ImportSummary> {
  const held = await store.heldVersionIds(file.versions);
  const fresh = inCausalOrder(file.versions).filter((v) => !held.has(v.versionId));
  return {
    file,
    alreadyHere: held.size,
    own: fresh.filter((v) => v.authorId === userId),
    others: fresh.filter((v) => v.authorId !== userId),
  };
}

/**
 * A chosen file's text, checked whole before anything is done with it: either what it would add to
 * this device, or why it cannot be used (and then nothing changes).
 */
export async function readImportFile(
  store: LocalStore,
  text: string,
  userId: string,
): Promise<
  | { ok: true; summary: ImportSummary }
  | { ok: false; problem: DeviceExportProblem; detail?: string | undefined }
> {
  const parsed = parseDeviceExport(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, detail: parsed.detail };
  return { ok: true, summary: await summarizeImport(store, parsed.file, userId) };
}

export interface ImportOptions {
  user: SessionUser;
  /** Whether the browser believes it has a network. */
  online: boolean;
  /** Undefined when there is no token the server could accept (signed out or locked). */
  transport: ImportTransport | undefined;
}

/**
 * Imports an export file, idempotently (versions are immutable and known by id):
 * - versions signed by others go to the server first, pushed as an import (admins only, online),
 *   batch by batch, parents before children; each batch the server acknowledges (stored now or held
 *   already) is kept on this device as the server holds it;
 * - then the user's own versions are saved here and put into the outbox, to sync like any saved here
 *   (no network needed). One that builds on another user's version that did not reach the server is
 *   held back, since the server would refuse it for a parent it lacks; the file still holds it.
 * A version the device already holds is left alone, so importing a file twice adds nothing.
 */
export async function importDeviceExport(
  store: LocalStore,
  file: DeviceExport,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const summary = await summarizeImport(store, file, options.user.id);
  const outcome: ImportOutcome = {
    ownAdded: 0,
    ownWaiting: 0,
    alreadyHere: summary.alreadyHere,
    sentToServer: 0,
    alreadyOnServer: 0,
    refused: [],
    othersNotSent: 0,
  };
  const acknowledged = new Set<string>();

  if (summary.others.length > 0) {
    const blocked = whyNotSent(options);
    if (blocked) {
      outcome.othersBlocked = blocked;
      outcome.othersNotSent = summary.others.length;
    } else if (options.transport) {
      await sendOthers(store, options.transport, file.deviceId, summary, outcome, acknowledged);
    }
  }

  const inFile = new Set(file.versions.map((v) => v.versionId));
  const held = await store.heldVersionIds(file.versions);
  const ready = new Set<string>();
  const toSave: Version[] = [];
  for (const v of summary.own) {
    if (acknowledged.has(v.versionId) || held.has(v.versionId)) continue;
    // A parent outside the file was synced before the export; one in it must be here by now.
    if (v.parents.every((p) => !inFile.has(p) || held.has(p) || ready.has(p))) {
      ready.add(v.versionId);
      toSave.push(v);
    } else {
      outcome.ownWaiting++;
    }
  }
  outcome.ownAdded = (await store.saveImported(toSave)).length;
  return outcome;
}

function whyNotSent(options: ImportOptions): OthersBlocked | undefined {
  if (!can({ ...options.user, active: true }, 'importDeviceExport')) return 'not-allowed';
  if (!options.online) return 'offline';
  if (!options.transport) return 'signed-out';
  return undefined;
}

/**
 * Pushes the others' versions as an import, with any new versions of the user's own that they build
 * on (the server must hold a parent before it takes a child; an admin may push their own this way
 * too). Stops at the first failure: what was acknowledged so far is kept, and importing the file
 * again carries on from there.
 */
async function sendOthers(
  store: LocalStore,
  transport: ImportTransport,
  deviceId: string,
  summary: ImportSummary,
  outcome: ImportOutcome,
  acknowledged: Set<string>,
): Promise<void> {
  for (const batch of pushBatches(withAncestors(summary.others, summary.own))) {
    let response: PushResponse;
    try {
      response = await transport.importPush({ deviceId, versions: batch });
    } catch (error) {
      const failure = error instanceof SyncError ? error : new SyncError('server', String(error));
      outcome.failure = { kind: failure.kind, message: failure.message, status: failure.status };
      if (failure.kind === 'offline') outcome.othersBlocked = 'offline';
      else if (failure.kind === 'signed-out') outcome.othersBlocked = 'signed-out';
      break;
    }
    for (const id of [...response.accepted, ...response.duplicate]) acknowledged.add(id);
    outcome.sentToServer += response.accepted.length;
    outcome.alreadyOnServer += response.duplicate.length;
    outcome.refused.push(...response.rejected);
    await store.storeAcknowledged(batch.filter((v) => acknowledged.has(v.versionId)));
  }
  const refused = new Set(outcome.refused.map((r) => r.versionId));
  outcome.othersNotSent = summary.others.filter(
    (v) => !acknowledged.has(v.versionId) && !refused.has(v.versionId),
  ).length;
}

/** `versions`, with those of `pool` they descend from, in the pool's and their order (parents first). */
function withAncestors(versions: readonly Version[], pool: readonly Version[]): Version[] {
  const byId = new Map(pool.map((v) => [v.versionId, v]));
  const wanted = new Set(versions.map((v) => v.versionId));
  const queue = [...versions];
  for (let v = queue.pop(); v; v = queue.pop()) {
    for (const p of v.parents) {
      const parent = byId.get(p);
      if (parent && !wanted.has(p)) {
        wanted.add(p);
        queue.push(parent);
      }
    }
  }
  return inCausalOrder([...pool, ...versions].filter((v) => wanted.has(v.versionId)));
}
