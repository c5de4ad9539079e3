import { createHash } from 'node:crypto';

/**
 * One checksum per table that does not depend on the order of its rows, computed the same way from a
 * dump's INSERT statements (here, in JavaScript) and from a live table (tableChecksumSql, in the
 * database). Each row is hashed over its values as bytes — a NULL as `~`, anything else as
 * `<length>:<bytes>` — with SHA-256; the table's checksum is the sum of the first 64 bits of each
 * row's hash, modulo 2^64. Summing (not XOR) keeps two equal rows from cancelling out.
 */

const MOD = 1n << 64n;
const NULL_MARK = Buffer.from('~');

/** A table's row count and content checksum (16 hex digits). */
export interface TableSum {
  rows: number;
  checksum: string;
}

/** The checksum as it is written: 16 lower-case hex digits. */
export function checksumText(sum: bigint): string {
  return (((sum % MOD) + MOD) % MOD).toString(16).padStart(16, '0');
}

/** Adds rows' hashes up, in any order. */
export class TableSummer {
  rows = 0;
  // The sum modulo 2^64 in two 32-bit halves: plain numbers, much cheaper per row than a BigInt.
  private high = 0;
  private low = 0;

  addRow(values: readonly (Buffer | null)[]): void {
    this.addCanonicalRow(
      Buffer.concat(
        values.map((value) =>
          value === null ? NULL_MARK : Buffer.concat([Buffer.from(`${value.length}:`), value]),
        ),
      ),
    );
  }

  /** A row already written in its canonical form (see canonicalValue). */
  addCanonicalRow(bytes: Buffer): void {
    const digest = createHash('sha256').update(bytes).digest();
    const low = this.low + digest.readUInt32BE(4);
    this.low = low % 2 ** 32;
    this.high = (this.high + digest.readUInt32BE(0) + Math.floor(low / 2 ** 32)) % 2 ** 32;
    this.rows += 1;
  }

  result(): TableSum {
    return { rows: this.rows, checksum: checksumText((BigInt(this.high) << 32n) + BigInt(this.low)) };
  }
}

/** A column as information_schema describes it. */
export interface ColumnInfo {
  name: string;
  /** DATA_TYPE, e.g. varchar, json, datetime. */
  dataType: string;
  /** CHARACTER_SET_NAME: set for text columns only. */
  charset: string | null;
}

const quoteName = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/**
 * A value's bytes as the dump writes them: text in utf8mb4 (the dump's character set), numbers and
 * dates as their text, binary columns as they are (the dump writes them in hex).
 */
function valueBytesSql(column: ColumnInfo): string {
  const name = quoteName(column.name);
  if (column.dataType.toLowerCase() === 'json')
    return `CAST(CAST(${name} AS CHAR CHARACTER SET utf8mb4) AS BINARY)`;
  if (column.charset !== null) return `CAST(CONVERT(${name} USING utf8mb4) AS BINARY)`;
  return `CAST(${name} AS BINARY)`;
}

/**
 * One SELECT giving a table's row count (`n`) and the sum of its rows' 64-bit hashes (`s`, exact, as
 * DECIMAL). Columns in table order, as a dump's INSERT lists them. Run with time_zone '+00:00', as the
 * dump is written, so TIMESTAMP columns read the same.
 */
export function tableChecksumSql(table: string, columns: readonly ColumnInfo[]): string {
  const parts = columns.map((column) => {
    const bytes = valueBytesSql(column);
    return `IFNULL(CONCAT(LENGTH(${bytes}), ':', ${bytes}), '~')`;
  });
  const row = parts.length === 1 ? parts[0] : `CONCAT(${parts.join(', ')})`;
  return `SELECT COUNT(*) AS n, COALESCE(SUM(CAST(CONV(LEFT(SHA2(${row}, 256), 16), 16, 10) AS UNSIGNED)), 0) AS s FROM ${quoteName(table)}`;
}
