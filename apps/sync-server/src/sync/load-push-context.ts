import { records, versions } from '@registry/db-schema';
import type { Actor, Version } from '@registry/domain';
import { eq, inArray } from 'drizzle-orm';
import type { RegistryDb } from '../db/registry-db';
import type { PushContext } from './plan-push';
import { rowToVersion } from './version-rows';

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
    ids.size
      ? db
          .select()
          .from(versions)
          .where(inArray(versions.versionId, [...ids]))
      : [],
    entityIds.size
      ? db
          .select({ id: records.entityId })
          .from(records)
          .where(inArray(records.entityId, [...entityIds]))
      : [],
    loadSurgeryDates(db, [...surgeryIds]),
  ]);
  return {
    ...options,
    known: new Map(knownRows.map((row) => [row.versionId, rowToVersion(row)])),
    existingEntityIds: new Set(existing.map((r) => r.id)),
    surgeryDates,
  };
}

/** The date on the preferred head of each named surgery episode. */
async function loadSurgeryDates(
  db: RegistryDb,
  surgeryIds: string[],
): Promise<Map<string, string | undefined>> {
  if (surgeryIds.length === 0) return new Map();
  const heads = await db
    .select({ entityId: records.entityId, data: versions.data })
    .from(records)
    .innerJoin(versions, eq(versions.versionId, records.preferredVersionId))
    .where(inArray(records.entityId, surgeryIds));
  return new Map(heads.map((h) => [h.entityId, typeof h.data.date === 'string' ? h.data.date : undefined]));
}
