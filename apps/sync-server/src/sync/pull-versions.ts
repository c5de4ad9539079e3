import { type Actor, type PullResponse, seesAllHospitals } from '@registry/domain';
import type { RegistryDb } from '../db/registry-db';
import { encodeCursor, parseCursor, scopeOf } from './cursor';
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
  const scope = scopeOf(actor);
  const parsed = parseCursor(query.cursor);
  // A cursor made for another scope (memberships changed) starts again: nothing newly visible is skipped.
  const after = parsed.scope === scope ? parsed.seq : 0;
  const all = seesAllHospitals(actor);
  if (!actor.active || (!all && actor.hospitalIds.length === 0)) {
    return { versions: [], cursor: encodeCursor(after, scope), more: false };
  }
  const rows = await versionsAfter(db.$client, {
    after,
    limit: query.limit + 1,
    ...(all ? {} : { hospitalIds: actor.hospitalIds }),
  });
  const page = rows.slice(0, query.limit);
  const last = Number(page.at(-1)?.seq ?? after);
  return {
    versions: page.map(rowToPulled),
    cursor: encodeCursor(last, scope),
    more: rows.length > query.limit,
  };
}
