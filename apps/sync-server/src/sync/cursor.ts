import { createHash } from 'node:crypto';
import { type Actor, seesAllHospitals } from '@registry/domain';

/** A cursor a client sent that this server did not make (or made for another protocol). */
export class BadCursorError extends Error {
  override readonly name = 'BadCursorError';
  constructor() {
    super('The cursor is not one this server made. Start again with an empty cursor.');
  }
}

const PREFIX = 'c1';
const ANCHOR_MARK = '~';

export interface Cursor {
  /** The last seq the client has. */
  seq: number;
  /** What the cursor was made for (see pullScope); '' for exports, which have no scope. */
  scope: string;
  /**
   * The id of the version at `seq` when the cursor was made ('' when none or unknown). A database
   * brought back from a backup by other means than `pnpm cli restore` (a disk snapshot, a dump loaded
   * by hand) keeps its generation, but then no longer holds that version at that seq.
   */
  anchor: string;
}

/**
 * An opaque cursor: the last seq the client has, the scope it was made for and, for pulls, the version
 * at that seq. Clients must not parse it, so its format can change with the protocol version. The
 * version rides in the scope's field (`scope~anchor`): a server of the release before, which knows
 * nothing of it, sees another scope and starts the pull again rather than refusing the cursor.
 */
export function encodeCursor(seq: number, scope = '', anchor = ''): string {
  const field = anchor === '' ? scope : `${scope}${ANCHOR_MARK}${anchor}`;
  return Buffer.from(`${PREFIX}:${seq}:${field}`, 'utf8').toString('base64url');
}

/** The seq of a cursor; an empty cursor is the beginning. */
export function decodeCursor(cursor: string): number {
  return parseCursor(cursor).seq;
}

export function parseCursor(cursor: string): Cursor {
  if (cursor === '') return { seq: 0, scope: '', anchor: '' };
  const [prefix, seqText, field, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const seq = Number(seqText);
  if (prefix !== PREFIX || rest.length > 0 || field === undefined || !Number.isSafeInteger(seq) || seq < 0) {
    throw new BadCursorError();
  }
  const [scope = '', anchor = '', ...more] = field.split(ANCHOR_MARK);
  if (more.length > 0) throw new BadCursorError();
  return { seq, scope, anchor };
}

/**
 * Names what a user may see. When it changes (a surgeon joins a hospital), a cursor made for the old
 * scope starts again from the beginning, so versions of the newly visible hospital are not skipped.
 */
export function scopeOf(actor: Actor): string {
  if (seesAllHospitals(actor)) return 'all';
  const ids = [...actor.hospitalIds].sort().join(',');
  return createHash('sha256').update(ids).digest('base64url').slice(0, 16);
}

/**
 * The scope part of a pull cursor: what the user may see, and which generation of the database it was
 * made in. After a restore the generation changes, so every cursor made before it starts again from the
 * beginning, as a changed scope does. A database never restored has generation '', which leaves the
 * scope as it always was.
 */
export function pullScope(actor: Actor, generation: string): string {
  const scope = scopeOf(actor);
  return generation === '' ? scope : `${scope}.${generation}`;
}

/** The generation a pull scope was made in ('' before any restore). */
export function generationOf(scope: string): string {
  const dot = scope.indexOf('.');
  return dot === -1 ? '' : scope.slice(dot + 1);
}
