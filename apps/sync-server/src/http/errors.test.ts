import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../test-support/silent-logger';
import { type ApiError, errorHandler } from './errors';

describe('errorHandler', () => {
  const app = new Hono()
    .get('/bug', () => {
      throw new Error('secret internals at /srv/registry/db.ts:12');
    })
    .get('/refused', () => {
      throw new HTTPException(403, { message: 'Only coordinators may merge patients.' });
    })
    .onError(errorHandler(silentLogger()));

  it('turns anything thrown into a JSON 500 that reveals nothing', async () => {
    const response = await app.request('/bug');
    expect(response.status).toBe(500);
    const body = (await response.json()) as ApiError;
    expect(body.error).toBe('internal');
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('passes on the message and status of an HTTPException', async () => {
    const response = await app.request('/refused');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: 'forbidden',
      message: 'Only coordinators may merge patients.',
    });
  });
});
