import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { jsonBody } from '../http/validated';
import { audited } from './audited';
import { createHospital, listHospitals, updateHospital } from './hospitals-repo';

// The shape of the bodies; lengths and trimming are the domain's hospital rules (validateReferenceData).
const optionalText = z.string().nullable().optional();
const newHospitalBody = z.strictObject({
  name: z.string(),
  address: optionalText,
  region: optionalText,
  zone: optionalText,
});
const hospitalChangesBody = newHospitalBody.partial();

/**
 * /admin/hospitals: GET list (inactive too); POST add {name, address?, region?, zone?} → 201;
 * PATCH /:id {name?, address?, region?, zone?} (null clears); POST /:id/deactivate and /:id/reactivate.
 * Each answers {hospital} and is audited. A hospital is never deleted: old records name it.
 */
export function hospitalAdminRoutes({ db }: { db: RegistryDb }) {
  const subject = (id: string) => `hospital:${id}`;
  const setActive = async (c: Context<AuthedEnv>, id: string, active: boolean) => {
    const action = active ? 'admin.hospital.reactivate' : 'admin.hospital.deactivate';
    const hospital = await audited(c, db, { action, subject: subject(id) }, () =>
      updateHospital(db, id, { active }),
    );
    return c.json({ hospital });
  };

  return new Hono<AuthedEnv>()
    .get('/', async (c) => c.json({ hospitals: await listHospitals(db) }))
    .post('/', jsonBody(newHospitalBody, 'a new hospital'), async (c) => {
      const asked = c.req.valid('json');
      const hospital = await audited(c, db, { action: 'admin.hospital.create', detail: asked }, () =>
        createHospital(db, asked),
      );
      return c.json({ hospital }, 201);
    })
    .patch('/:id', jsonBody(hospitalChangesBody, 'a change to a hospital'), async (c) => {
      const id = c.req.param('id');
      const changes = c.req.valid('json');
      const entry = { action: 'admin.hospital.update', subject: subject(id), detail: changes };
      const hospital = await audited(c, db, entry, () => updateHospital(db, id, changes));
      return c.json({ hospital });
    })
    .post('/:id/deactivate', (c) => setActive(c, c.req.param('id'), false))
    .post('/:id/reactivate', (c) => setActive(c, c.req.param('id'), true));
}
