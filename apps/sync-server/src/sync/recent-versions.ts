import { type Actor, type RecentResponse, seesAllHospitals } from '@registry/domain';
import type { RegistryDb } from '../db/registry-db';
import { rowToPulled, type VersionRow } from './version-rows';
import { newestVersions, patientVersions } from './version-store';

/** The patient a stored version belongs to: its own id for a patient, the `patientId` of its data otherwise. */
function patientOf(row: VersionRow): string | undefined {
  if (row.entity === 'patient') return row.entity_id;
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as unknown) : row.data;
  const patientId = (data as { patientId?: unknown } | null)?.patientId;
  return typeof patientId === 'string' ? patientId : undefined;
}

/**
 * The newest versions the actor may see, and every version of the patients they belong to (so their
 * names show), in seq order: what a device shows first while its first full pull is still running.
 * Two reads through indexes, bounded by `limit` and by those patients' histories.
 */
export async function recentVersions(
  db: RegistryDb,
  actor: Actor,
  query: { limit: number },
): Promise<RecentResponse> {
  const all = seesAllHospitals(actor);
  if (!actor.active || (!all && actor.hospitalIds.length === 0)) return { versions: [] };
  const scope = all ? {} : { hospitalIds: actor.hospitalIds };
  const newest = await newestVersions(db.$client, { ...scope, limit: query.limit });
  const patientIds = [...new Set(newest.flatMap((row) => patientOf(row) ?? []))];
  const patients = await patientVersions(db.$client, { ...scope, patientIds });
  const byId = new Map<string, VersionRow>();
  for (const row of [...newest, ...patients]) byId.set(row.version_id, row);
  const rows = [...byId.values()].sort((a, b) => Number(a.seq) - Number(b.seq));
  return { versions: rows.map(rowToPulled) };
}
