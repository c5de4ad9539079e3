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

/**
 * An opaque cursor: the last seq the client has, and the scope (what the user may see) it was made
 * for. Clients must not parse it, so its format can change with the protocol version.
 */
export function encodeCursor(seq: number, scope = ''): string {
  return Buffer.from(`${PREFIX}:${seq}:${scope}`, 'utf8').toString('base64url');
}

/** The seq of a cursor; an empty cursor is the beginning. */
export function decodeCursor(cursor: string): number {
  return parseCursor(cursor).seq;
}

export function parseCursor(cursor: string): { seq: number; scope: string } {
  if (cursor === '') return { seq: 0, scope: '' };
  const [prefix, seqText, scope, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const seq = Number(seqText);
  if (prefix !== PREFIX || rest.length > 0 || scope === undefined || !Number.isSafeInteger(seq) || seq < 0) {
    throw new BadCursorError();
  }
  return { seq, scope };
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
