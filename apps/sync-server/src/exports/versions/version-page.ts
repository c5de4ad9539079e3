import { versions } from '@registry/db-schema';
import { and, asc, eq, gt, max, type SQL } from 'drizzle-orm';
import type { RegistryDb } from '../../db/registry-db';
import { encodeCursor, parseCursor } from '../../sync/cursor';
import { cursorCheck } from '../../sync/database-generation';
import { rowToPulled } from '../../sync/version-rows';
import { versionsAfter } from '../../sync/version-store';
import type { VersionsQuery } from './versions-query';

const READ_CHUNK = 2000;

export interface PageBounds {
  /** The seq of the page's last version; the `after` seq when there is nothing new. */
  last: number;
  /** Whether versions after `last` exist already. */
  more: boolean;
}

const scope = (hospitalId: string | undefined): SQL[] =>
  hospitalId ? [eq(versions.hospitalId, hospitalId)] : [];

/**
 * Where a page of `limit` versions after `after` ends, found before any of it is sent, so the next
 * cursor can go in a response header. Seqs are handed out in commit order under a lock (see
 * ARCHITECTURE.md), so every version up to a seq that is visible is visible too: a page that ends at
 * `last` can never miss a version that commits later.
 */
export async function pageBounds(
  db: RegistryDb,
  after: number,
  limit: number,
  hospitalId?: string,
): Promise<PageBounds> {
  const where = and(gt(versions.seq, after), ...scope(hospitalId));
  // The limit-th seq after the cursor, read from the seq index alone.
  const [nth] = await db
    .select({ seq: versions.seq })
    .from(versions)
    .where(where)
    .orderBy(asc(versions.seq))
    .limit(1)
    .offset(limit - 1);
  if (!nth) {
    const [row] = await db
      .select({ last: max(versions.seq) })
      .from(versions)
      .where(where);
    return { last: row?.last == null ? after : Number(row.last), more: false };
  }
  const [next] = await db
    .select({ seq: versions.seq })
    .from(versions)
    .where(and(gt(versions.seq, nth.seq), ...scope(hospitalId)))
    .orderBy(asc(versions.seq))
    .limit(1);
  return { last: nth.seq, more: next !== undefined };
}

/** The versions in (after, last], in seq order, one line of JSON each (the wire shape of a pull). */
export async function* versionLines(
  db: RegistryDb,
  after: number,
  last: number,
  hospitalId?: string,
): AsyncGenerator<string> {
  let cursor = after;
  while (cursor < last) {
    const rows = await versionsAfter(db.$client, {
      after: cursor,
      upTo: last,
      limit: READ_CHUNK,
      ...(hospitalId ? { hospitalIds: [hospitalId] } : {}),
    });
    const lastRow = rows.at(-1);
    if (!lastRow) return;
    yield rows.map((row) => `${JSON.stringify(rowToPulled(row))}\n`).join('');
    cursor = Number(lastRow.seq);
  }
}

export interface VersionsPage extends PageBounds {
  /** The cursor to ask for the next page with (the watermark). */
  nextCursor: string;
  /** What the audit line says about the page. */
  auditFilters: Record<string, unknown>;
  /** The page's versions, one NDJSON line each, read as they are consumed. */
  lines: AsyncIterable<string>;
}

/**
 * One page of the versions export (GET /exports/versions.ndjson and `pnpm cli export --format ndjson`),
 * its end fixed before any of it is read. Throws BadCursorError for a cursor this server did not make.
 */
export async function versionsPage(db: RegistryDb, query: VersionsQuery): Promise<VersionsPage> {
  const { limit, hospitalId } = query;
  const parsed = parseCursor(query.after);
  const check = await cursorCheck(db.$client, parsed.seq);
  // A watermark from before a restore (another generation, or its version no longer at its seq)
  // starts again from the beginning: the restored database hands out again the seqs it had passed,
  // and a consumer that keeps versions by id takes what it already has once.
  const fits =
    parsed.scope === check.generation && (parsed.anchor === '' || parsed.anchor === check.versionAtSeq);
  const after = fits ? parsed.seq : 0;
  const { last, more } = await pageBounds(db, after, limit, hospitalId);
  // Nothing new (a watermark polled again): the version at its seq was read with the generation.
  const atLast = last === parsed.seq ? check : await cursorCheck(db.$client, last);
  const anchor = last === 0 ? '' : (atLast.versionAtSeq ?? '');
  return {
    last,
    more,
    nextCursor: encodeCursor(last, check.generation, anchor),
    auditFilters: { after, last, limit, ...(hospitalId ? { hospitalId } : {}) },
    lines: versionLines(db, after, last, hospitalId),
  };
}
