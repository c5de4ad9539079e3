import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthOptions } from '../auth/auth-options';
import { setMemberships } from '../auth/memberships-repo';
import { Refusal } from '../auth/refusal';
import { hospitalIdsSchema, newPasswordSchema, newUserSchema, roleSchema } from '../auth/user-rules';
import { setUserActive, setUserPassword, setUserRole } from '../auth/user-updates-repo';
import { createUser } from '../auth/users-repo';
import type { RegistryDb } from '../db/registry-db';
import type { AuthedEnv } from '../http/app-env';
import { jsonBody } from '../http/validated';
import { getAdminUser, listAdminUsers } from './admin-users-view';
import { audited } from './audited';

const passwordBody = z.strictObject({ password: newPasswordSchema });
const roleBody = z.strictObject({ role: roleSchema });
const hospitalsBody = z.strictObject({ hospitalIds: hospitalIdsSchema });

/**
 * /admin/users: GET list; POST add {username, fullName, password, role, hospitalIds} → 201;
 * POST /:id/deactivate and /:id/reactivate; POST /:id/password {password} (also lifts a lockout);
 * PUT /:id/role {role}; PUT /:id/hospitals {hospitalIds}. Each answers {user} and is audited.
 * An admin may not deactivate themselves nor give up their own admin role, so one admin always remains.
 */
export function userAdminRoutes({ db, options }: { db: RegistryDb; options: AuthOptions }) {
  const subject = (id: string) => `user:${id}`;
  const respond = async (id: string) => ({ user: await getAdminUser(db, id, options.now()) });
  const notSelf = (actorId: string, id: string, what: string) => {
    if (actorId === id) throw new Refusal(403, `You cannot ${what} your own account; ask another admin.`);
  };

  return new Hono<AuthedEnv>()
    .get('/', async (c) => c.json({ users: await listAdminUsers(db, options.now()) }))
    .post('/', jsonBody(newUserSchema, 'a new user'), async (c) => {
      const { password: _, ...asked } = c.req.valid('json');
      const user = await audited(c, db, { action: 'admin.user.create', detail: asked }, () =>
        createUser(db, c.req.valid('json'), { passwordParams: options.passwordParams }),
      );
      return c.json(await respond(user.id), 201);
    })
    .post('/:id/deactivate', async (c) => {
      const id = c.req.param('id');
      await audited(c, db, { action: 'admin.user.deactivate', subject: subject(id) }, async () => {
        notSelf(c.var.actor.id, id, 'deactivate');
        await getAdminUser(db, id, options.now());
        await setUserActive(db, id, false);
      });
      return c.json(await respond(id));
    })
    .post('/:id/reactivate', async (c) => {
      const id = c.req.param('id');
      await audited(c, db, { action: 'admin.user.reactivate', subject: subject(id) }, async () => {
        await getAdminUser(db, id, options.now());
        await setUserActive(db, id, true);
      });
      return c.json(await respond(id));
    })
    .post('/:id/password', jsonBody(passwordBody, 'a password reset'), async (c) => {
      const id = c.req.param('id');
      await audited(c, db, { action: 'admin.user.reset-password', subject: subject(id) }, async () => {
        await getAdminUser(db, id, options.now());
        await setUserPassword(db, id, c.req.valid('json').password, options.passwordParams);
      });
      return c.json(await respond(id));
    })
    .put('/:id/role', jsonBody(roleBody, 'a change of role'), async (c) => {
      const id = c.req.param('id');
      const { role } = c.req.valid('json');
      await audited(
        c,
        db,
        { action: 'admin.user.set-role', subject: subject(id), detail: { role } },
        async () => {
          if (role !== 'admin') notSelf(c.var.actor.id, id, 'remove the admin role from');
          await getAdminUser(db, id, options.now());
          await setUserRole(db, id, role);
        },
      );
      return c.json(await respond(id));
    })
    .put('/:id/hospitals', jsonBody(hospitalsBody, 'a change of hospitals'), async (c) => {
      const id = c.req.param('id');
      const { hospitalIds } = c.req.valid('json');
      const entry = { action: 'admin.user.set-hospitals', subject: subject(id), detail: { hospitalIds } };
      await audited(c, db, entry, async () => {
        await getAdminUser(db, id, options.now());
        await db.transaction((tx) => setMemberships(tx, id, hospitalIds));
      });
      return c.json(await respond(id));
    });
}
