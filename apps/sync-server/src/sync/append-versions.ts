import { SEQ_COUNTER_ID } from '@registry/db-schema';
import type { Version } from '@registry/domain';
import mysql, { type ResultSetHeader } from 'mysql2';
import { formatSql } from '../db/raw-sql';
import type { RegistryDb } from '../db/registry-db';
import { projectRecords, recordsUpsertSql } from './projection';
import { onConnection } from './transaction';
import { rowToVersion, VERSION_COLUMNS, versionToValues } from './version-rows';
import { beginWithRecordVersions } from './version-store';

const INSERT_CHUNK = 500;

export interface AppendResult {
  /** Stored by this call, in causal order. */
  stored: string[];
  /** Stored meanwhile by a concurrent push of the same versions (a retry racing its original). */
  alreadyHeld: string[];
}

/**
 * Appends accepted versions (parents before children) in one transaction of two round trips, with the
 * statements `alongside` makes of the outcome (the audit line, the device's report) in the same commit.
 *
 * 1. START TRANSACTION and read the touched records' versions under those records' row locks: pushes
 *    about one record take turns; pushes about different records run side by side.
 * 2. The records' new state (computed here with the domain's heads function), the alongside statements,
 *    then — under the single seq counter lock, held until the COMMIT that ends the same round trip — the
 *    counter update and the versions' insert. Seqs are thus handed out in commit order across every
 *    server instance: a pull that has read past seq N never later finds a version at or below N. And
 *    the lock is never held across a wait for this process's event loop.
 */
export async function appendVersions(
  db: RegistryDb,
  accepted: readonly Version[],
  now: Date,
  alongside?: (outcome: AppendResult) => string[],
): Promise<AppendResult> {
  return onConnection(db, async (connection) => {
    const entityIds = [...new Set(accepted.map((v) => v.entityId))];
    const stored = (await beginWithRecordVersions(connection, entityIds)).map(rowToVersion);
    const projection = projectRecords(stored, accepted);
    const fresh = accepted.filter((v) => !projection.alreadyHeld.has(v.versionId));
    const outcome = { stored: fresh.map((v) => v.versionId), alreadyHeld: [...projection.alreadyHeld] };

    const statements = alongside?.(outcome) ?? [];
    const counterAt = statements.length + 1;
    if (fresh.length > 0)
      statements.push(recordsUpsertSql(projection.rows), ...seqLockedStatements(fresh, now));
    statements.push('COMMIT');
    const [results] = await connection.query(statements.join(';\n'));
    const counter = Array.isArray(results) ? (results[counterAt] as ResultSetHeader | undefined) : undefined;
    if (fresh.length > 0 && counter?.affectedRows !== 1) {
      throw new Error('The seq_counter row is missing: the database was not migrated.');
    }
    return outcome;
  });
}

/**
 * Lock and advance the counter, then insert the versions with the seqs it handed out.
 * LAST_INSERT_ID(expr) keeps the counter's new value for the INSERT (versions has no auto-increment).
 */
function seqLockedStatements(fresh: readonly Version[], now: Date): string[] {
  const n = fresh.length;
  const rows = fresh.map((v, i) => versionToValues(v, mysql.raw(`LAST_INSERT_ID() - ${n - 1 - i}`), now));
  const inserts: string[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    inserts.push(
      formatSql(`INSERT INTO versions (${VERSION_COLUMNS}) VALUES ?`, [rows.slice(i, i + INSERT_CHUNK)]),
    );
  }
  return [
    formatSql('UPDATE seq_counter SET value = LAST_INSERT_ID(value + ?) WHERE id = ?', [n, SEQ_COUNTER_ID]),
    ...inserts,
  ];
}
