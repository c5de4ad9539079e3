import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createPool, createRegistryDb } from './db/registry-db';
import type { HealthReport } from './routes/health';
import { silentLogger } from './test-support/silent-logger';
import { makeTempDir } from './test-support/temp-dir';
import { testApp } from './test-support/test-app';
import { createTestDatabase, type TestDatabase } from './test-support/test-database';

describe('createApp', () => {
  let test: TestDatabase;
  const builtWeb = makeTempDir();
  const emptyWeb = makeTempDir();
  beforeAll(async () => {
    test = await createTestDatabase();
    writeFileSync(join(builtWeb.path, 'index.html'), '<!doctype html><title>Registry</title>');
    mkdirSync(join(builtWeb.path, 'assets'));
    writeFileSync(join(builtWeb.path, 'assets', 'app-1234.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await test?.drop();
    builtWeb.remove();
    emptyWeb.remove();
  });
  const app = (webDist = builtWeb.path) =>
    createApp({ db: test.db, logger: silentLogger(), version: '9.9.9-test', webDist });

  describe('GET /api/health', () => {
    it('is ok with a live, migrated database', async () => {
      const response = await app().request('/api/health');
      expect(response.status).toBe(200);
      const body = (await response.json()) as HealthReport;
      expect(body).toMatchObject({
        status: 'ok',
        version: '9.9.9-test',
        database: { reachable: true, migrations: 'applied' },
      });
      expect(body.database.latency_ms).toBeGreaterThanOrEqual(0);
    });

    it('is 503 degraded, in plain words and without a stack, when the database is gone', async () => {
      const pool = createPool(test.url, 1);
      await pool.end();
      const broken = createApp({
        db: createRegistryDb(pool),
        logger: silentLogger(),
        version: 'x',
        webDist: '',
      });
      const response = await broken.request('/api/health');
      expect(response.status).toBe(503);
      const body = (await response.json()) as HealthReport;
      expect(body).toMatchObject({ status: 'degraded', database: { reachable: false, latency_ms: null } });
      expect(body.reason).toBe('The database cannot be reached: the connection pool is closed.');
      expect(JSON.stringify(body)).not.toMatch(/ at |stack|\.ts:/);
    });

    it('is 503 when the database has not been migrated', async () => {
      const fresh = await createTestDatabase({ migrate: false });
      try {
        const response = await testApp(fresh.db).request('/api/health');
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({
          status: 'degraded',
          database: { migrations: 'pending' },
        });
      } finally {
        await fresh.drop();
      }
    });
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    for (const path of ['/api/nope', '/api', '/api/sync/pull/x']) {
      const response = await app().request(path, { method: 'GET' });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toMatchObject({ error: 'not_found' });
    }
    const post = await app().request('/api/nope', { method: 'POST' });
    expect(await post.json()).toEqual({
      error: 'not_found',
      message: "There is no POST /api/nope in this server's API.",
    });
  });

  describe('the web app', () => {
    it('serves its files and index.html for client-side routes', async () => {
      const asset = await app().request('/assets/app-1234.js');
      expect(asset.status).toBe(200);
      expect(await asset.text()).toBe('console.log(1)');
      expect(asset.headers.get('cache-control')).toContain('immutable');

      for (const path of ['/', '/patients/0192f4c1-0000-7000-8000-000000000001', '/worklists']) {
        const page = await app().request(path);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/text\/html/);
        expect(page.headers.get('cache-control')).toBe('no-cache');
        expect(await page.text()).toContain('<title>Registry</title>');
      }
    });

    it('does not answer a missing file with index.html', async () => {
      expect((await app().request('/assets/missing-5678.js')).status).toBe(404);
    });

    it('says in plain words that the web app is not built', async () => {
      const response = await app(emptyWeb.path).request('/');
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(text).toContain('The web app is not built yet');
      expect(text).toContain('pnpm --filter @registry/web build');
      expect((await app(emptyWeb.path).request('/api/health')).status).toBe(200);
    });
  });
});
