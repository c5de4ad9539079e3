import type { Role } from '@registry/domain';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AuthedEnv } from '../http/app-env';
import { jsonOf } from '../test-support/response-json';
import { requireAction, requireRole } from './require-role';

// No database: the actor is set by hand, as requireAuth would set it.
function appAs(role: Role, active = true) {
  return new Hono<AuthedEnv>()
    .use('*', async (c, next) => {
      c.set('actor', { id: 'u', username: 'u', fullName: 'U', role, hospitalIds: [], active });
      c.set('tokenHash', 'h');
      await next();
    })
    .get('/coordinators', requireRole('coordinator'), (c) => c.text('ok'))
    .get('/reports', requireAction('reports'), (c) => c.text('ok'));
}

describe('requireRole and requireAction', () => {
  it('lets in the role and those above it', async () => {
    for (const role of ['coordinator', 'admin'] as const) {
      expect((await appAs(role).request('/coordinators')).status).toBe(200);
      expect((await appAs(role).request('/reports')).status).toBe(200);
    }
  });

  it('refuses those below with 403 and a sentence', async () => {
    const byRole = await appAs('surgeon').request('/coordinators');
    expect(byRole.status).toBe(403);
    expect(await jsonOf(byRole)).toEqual({
      error: 'forbidden',
      message: 'Only coordinators may do this. Ask a coordinator if it needs doing.',
    });
    const byAction = await appAs('surgeon').request('/reports');
    expect((await jsonOf(byAction)).message).toBe(
      'Only coordinators may see reports. Ask a coordinator if it needs doing.',
    );
  });

  it('refuses a deactivated admin', async () => {
    expect((await appAs('admin', false).request('/reports')).status).toBe(403);
  });
});
