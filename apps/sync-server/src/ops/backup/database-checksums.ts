import mysql, { type Connection, type RowDataPacket } from 'mysql2/promise';
import { describeDatabaseError, isUnknownDatabase } from '../../db/connection-error';
import { connectionOptions, describeDatabaseUrl } from '../../db/database-url';
import { BackupError } from './backup-error';
import { type ColumnInfo, checksumText, type TableSum, tableChecksumSql } from './row-hash';

/** One connection to the database of `url`, or a BackupError naming it (never with its password). */
export async function openDatabase(url: string): Promise<Connection> {
  try {
    return await mysql.createConnection({ ...connectionOptions(url), multipleStatements: false });
  } catch (error) {
    const why = isUnknownDatabase(error) ? 'there is no such database' : describeDatabaseError(error);
    throw new BackupError(`Cannot read the database at ${describeDatabaseUrl(url)}: ${why}.`);
  }
}

/** The base tables of the connection's database, by name. */
export async function baseTables(connection: Connection): Promise<string[]> {
  const [rows] = await connection.query<RowDataPacket[]>(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`,
  );
  return rows.map((row) => String(row.name));
}

async function columnsOf(connection: Connection): Promise<Map<string, ColumnInfo[]>> {
  // Generated columns are not in a dump's rows; they are computed again when it is loaded.
  const [rows] = await connection.query<RowDataPacket[]>(
    `SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name, DATA_TYPE AS dataType, CHARACTER_SET_NAME AS charset
       FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = DATABASE() AND EXTRA NOT LIKE '%GENERATED%'
      ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  );
  const byTable = new Map<string, ColumnInfo[]>();
  for (const row of rows) {
    const list = byTable.get(String(row.tableName)) ?? [];
    list.push({
      name: String(row.name),
      dataType: String(row.dataType),
      charset: row.charset == null ? null : String(row.charset),
    });
    byTable.set(String(row.tableName), list);
  }
  return byTable;
}

/**
 * Every base table's row count and content checksum (row-hash.ts), all read in one consistent
 * snapshot, so a database in use gives the state of one moment. Comparable with a dump's (dump-reader.ts).
 */
export async function databaseChecksums(url: string): Promise<Record<string, TableSum>> {
  const connection = await openDatabase(url);
  try {
    // As the dump is written, so TIMESTAMP columns read the same.
    await connection.query("SET time_zone = '+00:00'");
    // A snapshot holds for the whole transaction only under REPEATABLE READ, whatever the server's default.
    await connection.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    await connection.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    const tables = await baseTables(connection);
    const columns = await columnsOf(connection);
    const sums: Record<string, TableSum> = {};
    for (const table of tables) {
      const [rows] = await connection.query<RowDataPacket[]>(
        tableChecksumSql(table, columns.get(table) ?? []),
      );
      const row = rows[0];
      sums[table] = { rows: Number(row?.n ?? 0), checksum: checksumText(BigInt(String(row?.s ?? '0'))) };
    }
    await connection.query('COMMIT');
    return sums;
  } finally {
    await connection.end();
  }
}
