import type { Actor, Version } from '@registry/domain';
import { rawQuery } from '../db/raw-sql';
import type { RegistryDb } from '../db/registry-db';
import type { PushContext } from './plan-push';
import { rowToVersion, VERSION_COLUMNS, type VersionRow } from './version-rows';
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
  const [[existing, knownRows], surgeryDates] = await Promise.all([
    recordsThenVersions(db, [...entityIds], [...ids]),
    loadSurgeryDates(db, [...surgeryIds]),
  ]);
  return {
    ...options,
    known: new Map(knownRows.map((row) => [row.version_id, rowToVersion(row)])),
    existingEntityIds: new Set(existing.map((r) => r.entity_id)),
    surgeryDates,
  };
}

/**
 * Which records exist, THEN which versions are held, in that order (one round trip, two statements). A
 * push commits a record's row and its versions together, so a record seen by the first read has its
 * versions visible to the second. Read side by side, a retry racing its original could see the record
 * but not yet its version, and refuse its own create as "a second first version" instead of a duplicate.
 */
async function recordsThenVersions(
  db: RegistryDb,
  entityIds: string[],
  ids: string[],
): Promise<[{ entity_id: string }[], VersionRow[]]> {
  if (entityIds.length === 0) return [[], await versionsById(db.$client, ids)];
  const [existing, knownRows] = await rawQuery<unknown>(
    db.$client,
    `SELECT entity_id FROM records WHERE entity_id IN (?); SELECT ${VERSION_COLUMNS} FROM versions WHERE version_id IN (?)`,
    [entityIds, ids],
  );
  return [existing as { entity_id: string }[], knownRows as VersionRow[]];
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
