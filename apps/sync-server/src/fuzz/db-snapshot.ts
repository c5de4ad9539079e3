import type { Pool } from 'mysql2/promise';

// A fingerprint of the whole database, cheap enough to take after every fuzzed request: CHECKSUM TABLE
// of every table (computed by the database over all rows and columns, one statement for all tables).
// The three tables whose rows a refusal may legitimately touch (allowed-writes.ts) are also read row by
// row whenever their checksum moves, each row split into the columns that must never change and those
// that may. The audit log, which grows with every refusal, is kept as its newest id, and the lines
// added since the snapshot before are read alone; that no older line changed or went is proved by
// AuditLedger, which hashes the whole log now and then (doing it around every request would cost more
// than the request).

/** Rows compared one by one: key column, the owner column, and the columns allowed to move. */
const ROW_TABLES = {
  users: { key: 'id', owner: 'id', volatile: ['failed_logins', 'locked_until', 'updated_at'] },
  sessions: { key: 'token_hash', owner: 'user_id', volatile: ['last_seen_at'] },
  devices: { key: 'device_id', owner: 'user_id', volatile: [] },
} as const satisfies Record<string, { key: string; owner: string; volatile: readonly string[] }>;

export type RowTable = keyof typeof ROW_TABLES;
export const ROW_TABLE_NAMES = Object.keys(ROW_TABLES) as RowTable[];

export interface RowState {
  owner: string;
  /** The columns that must never change, as text. */
  fixed: string;
  /** The columns that may, as text (empty when there are none). */
  volatile: string;
}

/** An audit line added since the snapshot before. */
export interface AuditLine {
  id: number;
  action: string;
  outcome: string;
  /** A hash of every column of the line. */
  hash: string;
}

export interface DbSnapshot {
  /** CHECKSUM TABLE of every table but the audit log. */
  checksums: Map<string, string>;
  rows: Record<RowTable, Map<string, RowState>>;
  /** The newest audit line's id. */
  auditMaxId: number;
  /** Audit lines newer than the newest of the snapshot before; empty for a first snapshot. */
  newAudit: AuditLine[];
}

export interface DbShape {
  pool: Pool;
  /** Column names of every table, as the database has them. */
  tables: Map<string, string[]>;
}

const quoted = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** The tables and columns of the test database (read once: migrations do not run during a test). */
export async function readShape(pool: Pool): Promise<DbShape> {
  const [rows] = await pool.query(
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  );
  const tables = new Map<string, string[]>();
  for (const { t, c } of rows as { t: string; c: string }[]) tables.set(t, [...(tables.get(t) ?? []), c]);
  for (const name of [...ROW_TABLE_NAMES, 'audit_log']) {
    if (!tables.has(name)) throw new Error(`the database has no ${name} table: update db-snapshot.ts`);
  }
  return { pool, tables };
}

/** Audit lines after `afterId` with a hash of each line's every column (QUOTE keeps NULL and '' apart). */
function auditLinesSql(shape: DbShape, afterId: number): string {
  const columns = (shape.tables.get('audit_log') ?? []).map((c) => `QUOTE(${quoted(c)})`).join(', ');
  return `SELECT id, action, outcome, SHA2(CONCAT_WS(',', ${columns}), 256) AS hash
            FROM audit_log WHERE id > ${Number(afterId)} ORDER BY id`;
}

const text = (value: unknown): string => {
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex')}`;
  return JSON.stringify(value) ?? 'undefined';
};

function rowStates(table: RowTable, rows: Record<string, unknown>[]): Map<string, RowState> {
  const { key, owner, volatile } = ROW_TABLES[table];
  const moving: readonly string[] = volatile;
  const states = new Map<string, RowState>();
  const part = (row: Record<string, unknown>, keep: (column: string) => boolean) =>
    Object.entries(row)
      .filter(([column]) => keep(column))
      .map(([column, value]) => `${column}=${text(value)}`)
      .join(',');
  for (const row of rows) {
    states.set(String(row[key]), {
      owner: String(row[owner]),
      fixed: part(row, (c) => !moving.includes(c)),
      volatile: part(row, (c) => moving.includes(c)),
    });
  }
  return states;
}

/**
 * The database's content now. Pass the snapshot taken before a request to also read the audit lines
 * added since, and to reuse its rows of the tables whose checksum did not move: then it is one round trip.
 */
export async function takeSnapshot(shape: DbShape, before?: DbSnapshot): Promise<DbSnapshot> {
  const checked = [...shape.tables.keys()].filter((table) => table !== 'audit_log');
  const [[checksumRows, auditRows]] = (await shape.pool.query(
    [
      `CHECKSUM TABLE ${checked.map(quoted).join(', ')}`,
      before
        ? auditLinesSql(shape, before.auditMaxId)
        : 'SELECT COALESCE(MAX(id), 0) AS id, NULL AS action, NULL AS outcome, NULL AS hash FROM audit_log',
    ].join(';\n'),
  )) as unknown as [[{ Table: string; Checksum: string | number | null }[], AuditLine[]]];
  const checksums = new Map(checksumRows.map((c) => [c.Table.replace(/^.*\./, ''), String(c.Checksum)]));
  const lines = auditRows.map((line) => ({ ...line, id: Number(line.id) }));
  const moved = ROW_TABLE_NAMES.filter(
    (table) => !before || before.checksums.get(table) !== checksums.get(table),
  );
  const fresh = moved.length ? await readRows(shape, moved) : [];
  const rows = Object.fromEntries(
    ROW_TABLE_NAMES.map((table) => {
      const at = moved.indexOf(table);
      return [table, at >= 0 ? rowStates(table, fresh[at] ?? []) : before?.rows[table]];
    }),
  ) as Record<RowTable, Map<string, RowState>>;
  return {
    checksums,
    rows,
    auditMaxId: Math.max(before?.auditMaxId ?? 0, ...lines.map((line) => line.id)),
    newAudit: before ? lines : [],
  };
}

async function readRows(shape: DbShape, tables: readonly RowTable[]) {
  const [results] = await shape.pool.query({
    sql: tables.map((table) => `SELECT * FROM ${quoted(table)}`).join(';\n'),
    // Exact text for DATETIME(3) and BIGINT, whatever the driver would make of them.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  // One statement answers its rows; several, a list of them.
  return (tables.length === 1 ? [results] : results) as Record<string, unknown>[][];
}

/**
 * The audit log is append-only: every line, once seen, must stay as it was. The ledger remembers the
 * hash of each line the snapshots reported and, when asked, hashes the whole log to compare.
 */
export class AuditLedger {
  private readonly seen = new Map<number, string>();
  private maxId = 0;

  private constructor(private readonly shape: DbShape) {}

  /** A ledger of the log as it is now. */
  static async start(shape: DbShape): Promise<AuditLedger> {
    const ledger = new AuditLedger(shape);
    ledger.record(await ledger.read());
    return ledger;
  }

  /** Lines that a snapshot read as new. */
  record(lines: readonly AuditLine[]): void {
    for (const line of lines) {
      this.seen.set(line.id, line.hash);
      this.maxId = Math.max(this.maxId, line.id);
    }
  }

  /** Lines seen before that changed or went, or new ones among them, in words; new lines are kept. */
  async problems(): Promise<string[]> {
    const lines = await this.read();
    const now = new Map(lines.map((line) => [line.id, line]));
    const problems: string[] = [];
    for (const [id, hash] of this.seen) {
      const line = now.get(id);
      if (!line) problems.push(`audit line ${id} was removed`);
      else if (line.hash !== hash) problems.push(`audit line ${id} (${line.action}) was changed`);
    }
    for (const line of lines) {
      if (line.id <= this.maxId && !this.seen.has(line.id)) {
        problems.push(`audit line ${line.id} (${line.action}) appeared among older lines`);
      }
    }
    this.record(lines);
    return problems;
  }

  private async read(): Promise<AuditLine[]> {
    const [rows] = await this.shape.pool.query(auditLinesSql(this.shape, 0));
    return (rows as AuditLine[]).map((line) => ({ ...line, id: Number(line.id) }));
  }
}
