import { devices, hospitals, records, SEQ_COUNTER_ID, seqCounter, versions } from '@registry/db-schema';
import { ENTITIES, type Entity } from '@registry/domain';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { RegistryDb } from '../db/registry-db';

export interface StateCounts {
  total: number;
  /** Not deleted. */
  live: number;
  inConflict: number;
  deleted: number;
}

export interface HospitalCounts {
  hospitalId: string;
  /** Null when records name a hospital that does not exist. */
  hospitalName: string | null;
  total: number;
  byEntity: Record<Entity, number>;
}

export interface RegistryStats {
  records: StateCounts & { byEntity: Record<Entity, StateCounts> };
  byHospital: HospitalCounts[];
  versions: { total: number; lastSeq: number };
  devices: {
    total: number;
    withPendingWork: number;
    pendingVersions: number;
    oldestPendingAt: string | null;
  };
}

const sum = (expression: ReturnType<typeof sql>) =>
  sql<number>`COALESCE(SUM(${expression}), 0)`.mapWith(Number);
const zeroStates = (): StateCounts => ({ total: 0, live: 0, inConflict: 0, deleted: 0 });
const perEntity = <T>(make: () => T) =>
  Object.fromEntries(ENTITIES.map((e) => [e, make()])) as Record<Entity, T>;

/**
 * Counts for coordinators, each one aggregate query grouped on indexed columns of `records` (the
 * projection, one row per record) rather than a scan of every version.
 */
export async function registryStats(db: RegistryDb): Promise<RegistryStats> {
  const [states, perHospital, hospitalNames, versionTotal, counter, deviceRow] = await Promise.all([
    db
      .select({
        entity: records.entity,
        total: count(),
        inConflict: sum(sql`${records.inConflict}`),
        deleted: sum(sql`${records.deleted}`),
      })
      .from(records)
      .groupBy(records.entity),
    db
      .select({ entity: records.entity, hospitalId: records.hospitalId, total: count() })
      .from(records)
      .groupBy(records.entity, records.hospitalId),
    db.select({ id: hospitals.id, name: hospitals.name }).from(hospitals).orderBy(asc(hospitals.name)),
    db.select({ total: count() }).from(versions),
    db.select({ value: seqCounter.value }).from(seqCounter).where(eq(seqCounter.id, SEQ_COUNTER_ID)),
    db
      .select({
        total: count(),
        withPendingWork: sum(sql`${devices.pendingVersions} > 0`),
        pendingVersions: sum(sql`${devices.pendingVersions}`),
        oldestPendingAt: sql<Date | null>`MIN(${devices.oldestPendingAt})`.mapWith(devices.oldestPendingAt),
      })
      .from(devices),
  ]);

  const byEntity = perEntity(zeroStates);
  const totals = zeroStates();
  for (const row of states) {
    const counts = {
      total: row.total,
      live: row.total - row.deleted,
      inConflict: row.inConflict,
      deleted: row.deleted,
    };
    if (row.entity in byEntity) byEntity[row.entity as Entity] = counts;
    for (const key of ['total', 'live', 'inConflict', 'deleted'] as const) totals[key] += counts[key];
  }

  // Every hospital, also those with no records yet, then any id records name that no hospital has.
  const hospitalsById = new Map<string, HospitalCounts>(
    hospitalNames.map((h) => [
      h.id,
      { hospitalId: h.id, hospitalName: h.name, total: 0, byEntity: perEntity(() => 0) },
    ]),
  );
  for (const row of perHospital) {
    const entry = hospitalsById.get(row.hospitalId) ?? {
      hospitalId: row.hospitalId,
      hospitalName: null,
      total: 0,
      byEntity: perEntity(() => 0),
    };
    entry.total += row.total;
    if (row.entity in entry.byEntity) entry.byEntity[row.entity as Entity] += row.total;
    hospitalsById.set(row.hospitalId, entry);
  }

  const device = deviceRow[0];
  return {
    records: { ...totals, byEntity },
    byHospital: [...hospitalsById.values()],
    versions: { total: versionTotal[0]?.total ?? 0, lastSeq: counter[0]?.value ?? 0 },
    devices: {
      total: device?.total ?? 0,
      withPendingWork: device?.withPendingWork ?? 0,
      pendingVersions: device?.pendingVersions ?? 0,
      oldestPendingAt: device?.oldestPendingAt ? device.oldestPendingAt.toISOString() : null,
    },
  };
}
