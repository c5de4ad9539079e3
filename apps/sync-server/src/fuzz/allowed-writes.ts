import type { DbSnapshot, RowState, RowTable } from './db-snapshot';
import { ROW_TABLE_NAMES } from './db-snapshot';

// No partial writes: a refused request (any 4xx) leaves the database as it found it, and so does a read
// (GET or HEAD answered 2xx or 3xx). The only exceptions, each found in the code that writes it:
//
// - audit_log, appended to (never changed): a refusal may add lines whose outcome is `failed` or
//   `denied` (a failed sign-in, sign-in.ts; a refused admin action, admin/audited.ts; a role refused an
//   admin area or an export, auth/require-role.ts). A read may add `export` lines with outcome `ok`, and
//   only on /api/exports/ (every export is on record before its first byte, exports/audit-export.ts).
// - sessions.last_seen_at of the caller's own session: require-auth.ts writes it at most once a minute.
// - users.failed_logins, locked_until and updated_at: a refused POST /api/auth/login counts the failure
//   and may lock the account (auth/user-updates-repo.ts recordFailedLogin).
// - devices: a successful GET (or HEAD) /api/sync/pull records the device's contact
//   (sync/device-contact.ts), in rows of the caller only.
//
// Everything else (hospitals, memberships, versions, records, seq_counter, the migrations table, and
// every other column of the tables above) must be unchanged.

const VOLATILE_WORDS: Record<RowTable, string> = {
  sessions: 'last_seen_at',
  users: 'failed_logins, locked_until or updated_at',
  devices: 'nothing',
};

export const REFUSAL_OUTCOMES: readonly string[] = ['failed', 'denied'];

/** What happened: a refusal (4xx) or a read (GET/HEAD not refused); other answers are not checked. */
export interface Exchange {
  kind: 'refusal' | 'read';
  method: string;
  /** The path as sent, without the query. */
  path: string;
  status: number;
  /** The sha256 of the bearer token sent with a live session, if one was. */
  tokenHash?: string | undefined;
  /** The signed-in caller's user id, if the token was live. */
  actorId?: string | undefined;
}

/** How an answer is checked for writes: undefined when it may write (a 2xx of a POST, PUT, PATCH…). */
export function exchangeKind(method: string, status: number): Exchange['kind'] | undefined {
  if (status >= 400 && status < 500) return 'refusal';
  if ((method === 'GET' || method === 'HEAD') && status < 400) return 'read';
  return undefined;
}

/** The writes between two snapshots that the exchange did not have the right to make, in words. */
export function unexpectedWrites(before: DbSnapshot, after: DbSnapshot, exchange: Exchange): string[] {
  const problems: string[] = [];
  const rowTables: readonly string[] = ROW_TABLE_NAMES;
  for (const [table, checksum] of before.checksums) {
    if (rowTables.includes(table)) continue; // compared below, row by row
    const now = after.checksums.get(table);
    if (now !== checksum) problems.push(`${table} changed`);
  }
  for (const table of after.checksums.keys())
    if (!before.checksums.has(table)) problems.push(`${table} appeared`);
  // That no older line changed or went is AuditLedger's to prove.
  for (const line of after.newAudit) {
    const why = auditLineRefused(line, exchange);
    if (why) problems.push(`audit line ${line.action}/${line.outcome} added: ${why}`);
  }
  for (const table of ROW_TABLE_NAMES) {
    if (before.rows[table] === after.rows[table]) continue; // its checksum did not move
    problems.push(...rowProblems(table, before.rows[table], after.rows[table], exchange));
  }
  return problems;
}

function auditLineRefused(line: { action: string; outcome: string }, exchange: Exchange): string | undefined {
  if (exchange.kind === 'refusal') {
    return REFUSAL_OUTCOMES.includes(line.outcome) ? undefined : 'a refusal may only log failed or denied';
  }
  const exportRead = exchange.path.startsWith('/api/exports/');
  if (exportRead && line.action === 'export' && line.outcome === 'ok') return undefined;
  return 'a read may only log an export, on /api/exports/';
}

/** May this exchange change the columns of `table` that are allowed to move, in the row of `key`? */
function mayMoveVolatile(table: RowTable, key: string, exchange: Exchange): boolean {
  switch (table) {
    case 'sessions':
      return key === exchange.tokenHash;
    case 'users':
      return exchange.kind === 'refusal' && exchange.method === 'POST' && exchange.path === '/api/auth/login';
    default:
      return false;
  }
}

/** May this exchange add or rewrite a whole row of `table` (owned by `row.owner`)? */
function mayWriteRow(table: RowTable, row: RowState, exchange: Exchange): boolean {
  return (
    table === 'devices' &&
    exchange.kind === 'read' &&
    exchange.status < 300 &&
    exchange.path === '/api/sync/pull' && // GET, or HEAD (which Hono answers with the GET handler)
    exchange.actorId !== undefined &&
    row.owner === exchange.actorId
  );
}

function rowProblems(
  table: RowTable,
  before: Map<string, RowState>,
  after: Map<string, RowState>,
  exchange: Exchange,
): string[] {
  const problems: string[] = [];
  const short = (key: string) => (key.length > 20 ? `${key.slice(0, 12)}…` : key);
  for (const key of before.keys()) {
    if (!after.has(key)) problems.push(`${table} row ${short(key)} removed`);
  }
  for (const [key, row] of after) {
    const old = before.get(key);
    if (!old) {
      if (!mayWriteRow(table, row, exchange)) problems.push(`${table} row ${short(key)} added`);
      continue;
    }
    if (old.fixed === row.fixed && old.owner === row.owner && old.volatile === row.volatile) continue;
    if (mayWriteRow(table, row, exchange)) continue;
    if (old.fixed !== row.fixed || old.owner !== row.owner)
      problems.push(`${table} row ${short(key)} changed`);
    else if (!mayMoveVolatile(table, key, exchange)) {
      problems.push(`${table} row ${short(key)}: ${VOLATILE_WORDS[table]} moved`);
    }
  }
  return problems;
}
