import type { Actor, Version } from '@registry/domain';
import { rawQuery } from '../db/raw-sql';
import type { RegistryDb } from '../db/registry-db';
import type { PushContext } from './plan-push';
import { rowToVersion } from './version-rows';
import { versionsById } from './version-store';

/** Reads, outside any transaction, what the server already holds that a push's decisions depend on. */
export async function loadPushContext(
  db: RegistryDb,
  pushed: readonly Version[],
  options: { actor: Actor; now: Date; importing: boolean },
): Promise<PushContext> {
  const ids = new Set<string>();
  const entityIds = new Set<string>();
  const surgeryIds = new Set<string>();
  for (const v of pushed) {
    ids.add(v.versionId);
    for (const p of v.parents) ids.add(p);
    entityIds.add(v.entityId);
    const surgeryId = v.data.surgeryEpisodeId;
    if (v.entity === 'episode' && typeof surgeryId === 'string') surgeryIds.add(surgeryId);
  }
  const [knownRows, existing, surgeryDates] = await Promise.all([
    versionsById(db.$client, [...ids]),
    entityIds.size
      ? rawQuery<{ entity_id: string }>(db.$client, 'SELECT entity_id FROM records WHERE entity_id IN (?)', [
          [...entityIds],
        ])
      : [],
    loadSurgeryDates(db, [...surgeryIds]),
  ]);
  return {
    ...options,
    known: new Map(knownRows.map((row) => [row.version_id, rowToVersion(row)])),
    existingEntityIds: new Set(existing.map((r) => r.entity_id)),
    surgeryDates,
  };
}

/** The date on the preferred head of each named surgery episode. */
async function loadSurgeryDates(
  db: RegistryDb,
  surgeryIds: string[],
): Promise<Map<string, string | undefined>> {
  if (surgeryIds.length === 0) return new Map();
  const heads = await rawQuery<{ entity_id: string; date: string | null }>(
    db.$client,
    `SELECT r.entity_id, JSON_UNQUOTE(JSON_EXTRACT(v.data, '$.date')) AS date
       FROM records r JOIN versions v ON v.version_id = r.preferred_version_id
      WHERE r.entity_id IN (?)`,
    [surgeryIds],
  );
  return new Map(heads.map((h) => [h.entity_id, h.date ?? undefined]));
}
