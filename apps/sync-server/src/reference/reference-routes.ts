import type { HospitalsResponse, StaffResponse } from '@registry/domain';
import { Hono } from 'hono';
import { listHospitals } from '../admin/hospitals-repo';
import { requireAuth } from '../auth/require-auth';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { listStaff } from './list-staff';

/**
 * GET /hospitals → {hospitals} and GET /staff → {staff}: the reference data every device keeps
 * offline, for any signed-in user. Inactive hospitals and staff are included, flagged, because old
 * records still name them.
 */
export function referenceRoutes({ db, now }: { db: RegistryDb; now?: () => Date }) {
  const auth = requireAuth({ db, now });
  return new Hono<AuthedEnv>()
    .get('/hospitals', auth, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json<HospitalsResponse>({ hospitals: await listHospitals(db) });
    })
    .get('/staff', auth, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json<StaffResponse>({ staff: await listStaff(db) });
    });
}
