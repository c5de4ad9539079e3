import { recordHospitalId, recordStates, type Version, validateRecordData } from '@registry/domain';
import mysql from 'mysql2/promise';

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
      const rows = chunk.map((v, i) => [
        v.versionId,
        Number(counter.value) + i + 1,
        v.entity,
        v.entityId,
        recordHospitalId(v.entity, v.data) ?? '',
        JSON.stringify(v.parents),
        JSON.stringify(v.data),
        v.deleted,
        v.authorId,
        v.deviceId,
        v.createdAt,
        v.schema,
      ]);
      await connection.query(
        'INSERT INTO versions (version_id, seq, entity, entity_id, hospital_id, parents, data, deleted, author_id, device_id, created_at, schema_version) VALUES ?',
        [rows],
      );
      await connection.query('UPDATE seq_counter SET value = value + ? WHERE id = 1', [chunk.length]);
      await connection.commit();
    }
    const lastVersionOf = new Map(versions.map((v) => [v.entityId, v.versionId]));
    const records = [...recordStates(versions).values()].map((state) => {
      const data = state.preferred.data;
      return [
        state.entityId,
        state.entity,
        recordHospitalId(state.entity, data) ?? '',
        state.entity === 'patient'
          ? state.entityId
          : typeof data.patientId === 'string'
            ? data.patientId
            : null,
        JSON.stringify(state.heads.map((h) => h.versionId)),
        state.preferred.versionId,
        state.inConflict,
        state.deleted,
        lastVersionOf.get(state.entityId),
      ];
    });
    for (let done = 0; done < records.length; done += CHUNK) {
      await connection.query(
        'INSERT INTO records (entity_id, entity, hospital_id, patient_id, head_version_ids, preferred_version_id, in_conflict, deleted, last_version_id) VALUES ?',
        [records.slice(done, done + CHUNK)],
      );
    }
  } finally {
    await connection.end();
  }
}
