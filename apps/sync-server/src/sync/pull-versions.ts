import { type Actor, type PullResponse, seesAllHospitals } from '@registry/domain';
import type { RegistryDb } from '../db/registry-db';
import { encodeCursor, generationOf, parseCursor, pullScope } from './cursor';
import { cursorCheck } from './database-generation';
import { rowToPulled } from './version-rows';
import { versionsAfter } from './version-store';

/**
 * Every version the actor may see that arrived after the cursor, in seq order. Reads only rows past
 * the cursor through an index, so its cost grows with what is new, not with the database.
 */
export async function pullVersions(
  db: RegistryDb,
  actor: Actor,
  query: { cursor: string; limit: number },
): Promise<PullResponse> {
  const parsed = parseCursor(query.cursor);
  const check = await cursorCheck(db.$client, parsed.seq);
  const scope = pullScope(actor, check.generation);
  // A cursor made for another scope (memberships changed) or before a restore (another generation)
  // starts again: nothing newly visible is skipped, and no seq handed out again after a restore is.
  // So does one whose version is no longer at its seq: the database went back without a restore.
  const sameDatabase =
    generationOf(parsed.scope) === check.generation &&
    (parsed.anchor === '' || parsed.anchor === check.versionAtSeq);
  const fits = parsed.scope === scope && sameDatabase;
  // The database went back in time: versions it had acknowledged may be gone, so the device is told
  // to send its user's versions again (SYNC.md); a changed scope alone loses nothing.
  const restored = query.cursor !== '' && !sameDatabase ? ({ restored: true } as const) : {};
  const after = fits ? parsed.seq : 0;
  // A cursor made before cursors carried their version takes it on, so a later restore is noticed.
  const anchor = fits ? parsed.anchor || (parsed.seq > 0 ? (check.versionAtSeq ?? '') : '') : '';
  const all = seesAllHospitals(actor);
  if (!actor.active || (!all && actor.hospitalIds.length === 0)) {
    return { versions: [], cursor: encodeCursor(after, scope, anchor), more: false, ...restored };
  }
  const rows = await versionsAfter(db.$client, {
    after,
    limit: query.limit + 1,
    ...(all ? {} : { hospitalIds: actor.hospitalIds }),
  });
  const page = rows.slice(0, query.limit);
  const lastRow = page.at(-1);
  return {
    versions: page.map(rowToPulled),
    cursor: lastRow
      ? encodeCursor(Number(lastRow.seq), scope, lastRow.version_id)
      : encodeCursor(after, scope, anchor),
    more: rows.length > query.limit,
    ...restored,
  };
}
