import { type Version, validateRecordData } from '@registry/domain';
import mysql from 'mysql2/promise';
import { projectRecords, recordsUpsertSql } from '../../apps/sync-server/src/sync/projection';
import { VERSION_COLUMNS, versionToValues } from '../../apps/sync-server/src/sync/version-rows';

const CHUNK = 5000;

/**
 * Stores versions straight into the database, as the server would after accepting them: each with a
 * seq from the server's own counter, and the `records` projection of every record they touch (which
 * later pushes read to find parents, records created twice and operation dates). Far faster than
 * pushing them, and only for benches: the data is checked with the domain's rules first, since
 * nothing else checks it on this path.
 */
export async function fillRegistry(databaseUrl: string, versions: readonly Version[]): Promise<void> {
  const now = new Date();
  for (const v of versions) {
    const result = validateRecordData(v.entity, v.data, { now });
    if (!result.ok) throw new Error(`bench data refused: ${JSON.stringify(result.problems)} in ${v.entity}`);
  }
  const connection = await mysql.createConnection({ uri: databaseUrl });
  try {
    for (let done = 0; done < versions.length; done += CHUNK) {
      const chunk = versions.slice(done, done + CHUNK);
      await connection.beginTransaction();
      const [[counter]] = (await connection.query(
        'SELECT value FROM seq_counter WHERE id = 1 FOR UPDATE',
      )) as unknown as [[{ value: number }]];
      const rows = chunk.map((v, i) => versionToValues(v, Number(counter.value) + i + 1, now));
      await connection.query(`INSERT INTO versions (${VERSION_COLUMNS}) VALUES ?`, [rows]);
      await connection.query('UPDATE seq_counter SET value = value + ? WHERE id = 1', [chunk.length]);
      await connection.commit();
    }
    // The server's own projection, as a push of all of them would write it.
    const { rows: records } = projectRecords([], versions);
    for (let done = 0; done < records.length; done += CHUNK) {
      await connection.query(recordsUpsertSql(records.slice(done, done + CHUNK)));
    }
  } finally {
    await connection.end();
  }
}
