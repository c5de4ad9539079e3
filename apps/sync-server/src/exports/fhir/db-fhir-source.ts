import { hospitals, users } from '@registry/db-schema';
import type { RegistryDb } from '../../db/registry-db';
import type { ExportFilters } from '../records/export-filters';
import { currentRecordPages, currentRecordsById } from '../records/load-current-records';
import type { FhirSource } from './fhir-entries';
import type { HospitalInfo, StaffInfo } from './organization-resources';

/**
 * The records of a FHIR export, read from the database with the same filters as the CSV exports.
 * Hospitals and staff are small tables, read whole; records are read a page at a time.
 */
export async function dbFhirSource(db: RegistryDb, filters: ExportFilters): Promise<FhirSource> {
  const [hospitalRows, staffRows] = await Promise.all([
    db
      .select({
        id: hospitals.id,
        name: hospitals.name,
        address: hospitals.address,
        region: hospitals.region,
        active: hospitals.active,
      })
      .from(hospitals),
    db.select({ id: users.id, fullName: users.fullName, active: users.active }).from(users),
  ]);
  return {
    episodePages: (type) => currentRecordPages(db, { ...filters, entity: 'episode', type }),
    // With an episode's own filter (type, surgeon) no patient matches; fhir-export.ts then skips this.
    patientPages: () => currentRecordPages(db, { ...filters, entity: 'patient' }),
    patientsById: (ids) => currentRecordsById(db, 'patient', ids),
    hospitals: new Map<string, HospitalInfo>(hospitalRows.map((h) => [h.id, h])),
    staff: new Map<string, StaffInfo>(staffRows.map((s) => [s.id, s])),
  };
}
