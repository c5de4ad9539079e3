import { Hono } from 'hono';
import { auditRoutes } from '../audit/audit-routes';
import type { AuthOptions } from '../auth/auth-options';
import { requireAuth } from '../auth/require-auth';
import { requireAction } from '../auth/require-role';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { jsonBodyLimit } from '../http/body-limit';
import { listAdminDevices } from './admin-devices-view';
import { hospitalAdminRoutes } from './hospital-routes';
import { userAdminRoutes } from './user-routes';

/**
 * Everything under /admin: online only, signed in, and each area gated by the domain's action rules
 * (all admin-only today). Refusals of access are audited too.
 */
export function adminRoutes({ db, options }: { db: RegistryDb; options: AuthOptions }) {
  const gate = { db };
  return (
    new Hono<AuthedEnv>()
      .basePath('/admin')
      .use('*', jsonBodyLimit(), requireAuth({ db, now: options.now }))
      // '/x/*' also matches '/x' itself.
      .use('/users/*', requireAction('manageUsers', gate))
      .use('/hospitals/*', requireAction('manageHospitals', gate))
      .use('/audit/*', requireAction('readAuditLog', gate))
      .use('/devices/*', requireAction('viewDevices', gate))
      .route('/users', userAdminRoutes({ db, options }))
      .route('/hospitals', hospitalAdminRoutes({ db }))
      .route('/audit', auditRoutes({ db }))
      .get('/devices', async (c) => c.json({ devices: await listAdminDevices(db) }))
  );
}
