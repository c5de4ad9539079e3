import { Hono } from 'hono';
import { apiError } from '../http/errors';
import { buildOpenApi } from './build-openapi';
import { ENDPOINTS } from './endpoints';
import { SWAGGER_PAGE, swaggerFile } from './swagger-ui';

/** GET /openapi.json (the document), GET /docs (Swagger UI) and GET /docs/:file (its files); public. */
export function openApiRoutes({ version }: { version: string }) {
  const document = buildOpenApi(ENDPOINTS, version);
  return new Hono()
    .get('/openapi.json', (c) => c.json(document))
    .get('/docs', (c) => c.html(SWAGGER_PAGE))
    .get('/docs/:file', async (c) => {
      const file = await swaggerFile(c.req.param('file'));
      if (!file) return apiError(c, 404, 'There is no such file in the API documentation.');
      return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=3600' });
    });
}
