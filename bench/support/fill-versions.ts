import mysql from 'mysql2/promise';
import { v7 as uuidv7 } from 'uuid';

/**
 * Stores synthetic versions straight into the database, to reach a million rows in seconds rather than
 * hours. Only for measuring pulls: these rows are valid patients spread over `hospitalIds`, with seqs
 * taken from the same counter the server uses.
 */
export async function fillVersions(
  databaseUrl: string,
  count: number,
  hospitalIds: readonly string[],
): Promise<void> {
  const connection = await mysql.createConnection({ uri: databaseUrl });
  const chunk = 5000;
  const authorId = uuidv7();
  try {
    for (let done = 0; done < count; done += chunk) {
      const n = Math.min(chunk, count - done);
      await connection.beginTransaction();
      const [[counter]] = (await connection.query(
        'SELECT value FROM seq_counter WHERE id = 1 FOR UPDATE',
      )) as unknown as [[{ value: number }]];
      const rows = Array.from({ length: n }, (_, i) => {
        const hospitalId = hospitalIds[(done + i) % hospitalIds.length] ?? '';
        const id = uuidv7();
        const data = {
          fullName: `Filled Patient ${done + i}`,
          registeredHospitalId: hospitalId,
          birthYear: 1980,
        };
        return [
          id,
          Number(counter.value) + i + 1,
          'patient',
          id,
          hospitalId,
          '[]',
          JSON.stringify(data),
          0,
          authorId,
          'bench-fill',
          new Date().toISOString(),
          1,
        ];
      });
      await connection.query(
        'INSERT INTO versions (version_id, seq, entity, entity_id, hospital_id, parents, data, deleted, author_id, device_id, created_at, schema_version) VALUES ?',
        [rows],
      );
      await connection.query('UPDATE seq_counter SET value = value + ? WHERE id = 1', [n]);
      await connection.commit();
    }
  } finally {
    await connection.end();
  }
}
