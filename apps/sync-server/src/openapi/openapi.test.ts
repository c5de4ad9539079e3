import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createPool, createRegistryDb } from '../db/registry-db';
import { silentLogger } from '../test-support/silent-logger';
import { openApiPath } from './build-openapi';

// No query reaches the database here: the pool connects lazily and no route that reads is called.
const pool = createPool('mysql://root@127.0.0.1:9/unused', 1);
const app = createApp({
  db: createRegistryDb(pool),
  logger: silentLogger(),
  version: '9.9.9-test',
  webDist: '',
});
afterAll(async () => {
  await pool.end();
});

interface Document {
  openapi: string;
  info: { version: string };
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, unknown>; security: unknown[] }>
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

async function openApiDocument(): Promise<Document> {
  const response = await app.request('/api/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

/** The operations the app really serves under /api: handlers, not middleware or the 404 catch-all. */
function registeredOperations(): string[] {
  const operations = app.routes
    .filter((route) => route.path.startsWith('/api/') && !route.path.includes('*'))
    .filter((route) => route.method !== 'ALL' && route.method !== 'HEAD')
    .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`);
  return [...new Set(operations)].sort();
}

describe('the OpenAPI document', () => {
  it('lists every route the app registers under /api, and nothing it does not', async () => {
    const document = await openApiDocument();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
      .sort();
    const registered = registeredOperations();
    expect(registered.length).toBeGreaterThan(20);
    expect(registered.filter((operation) => !documented.includes(operation))).toEqual([]);
    expect(documented.filter((operation) => !registered.includes(operation))).toEqual([]);
  });

  it('is OpenAPI 3.1 with bearer auth, the error shape, and schemas taken from the domain', async () => {
    const document = await openApiDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.version).toBe('9.9.9-test');
    expect(document.components.securitySchemes.bearerAuth).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
    expect(document.components.schemas.Error).toMatchObject({ required: ['error', 'message'] });
    const push = document.paths['/api/sync/push']?.post as unknown as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    };
    const version = push.requestBody.content['application/json']?.schema.properties.versions as {
      items: { required: string[] };
    };
    expect(version.items.required).toEqual(
      expect.arrayContaining(['versionId', 'entityId', 'parents', 'data', 'deleted']),
    );
    expect(document.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(document.paths['/api/exports/fhir']?.get?.responses).toHaveProperty('403');
    const operationIds = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(new Set(operationIds).size).toBe(operationIds.length);
    expect(JSON.stringify(document)).not.toContain('"$schema"');
  });

  it("gives the record exports the review screens' filters as query parameters", async () => {
    const document = await openApiDocument();
    type Operation = { parameters?: { name: string; in: string }[] };
    const parameters = (path: string) =>
      ((document.paths[path]?.get as Operation | undefined)?.parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => parameter.name)
        .sort();
    const review = [
      'completeness',
      'conflict',
      'from',
      'hospitalId',
      'includeDeleted',
      'region',
      'surgeonId',
      'to',
      'type',
    ];
    for (const path of ['/api/exports/patients.csv', '/api/exports/episodes.csv', '/api/exports/fhir'])
      expect(parameters(path)).toEqual(review);
    const patients = document.paths['/api/exports/patients.csv']?.get as unknown as { description: string };
    expect(patients.description).toContain('Refused here (400): surgeonId, type.');
    expect(document.paths['/api/admin/devices']?.get?.responses).toHaveProperty('200');
  });

  it('is browsable at /api/docs with Swagger UI served by this server, nothing from the internet', async () => {
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, url]) => url ?? '');
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const url of assets) {
      expect(url.startsWith('/api/docs/')).toBe(true);
      const asset = await app.request(url);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    const initializer = await (await app.request('/api/docs/swagger-initializer.js')).text();
    expect(initializer).toContain("url: '/api/openapi.json'");
    expect(initializer).toContain('validatorUrl: null');
    expect((await app.request('/api/docs/..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/api/docs/index.html')).status).toBe(404);
  });
});
