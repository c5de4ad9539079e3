import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Swagger UI, served by this server from the swagger-ui-dist package: field sites have no internet,
// so the page must not load anything from a CDN (nor ask the online validator, hence validatorUrl: null).

const FILES: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

export const SWAGGER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Registry API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/swagger-initializer.js"></script>
</body>
</html>
`;

const INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
};
`;

function distFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/** One file of the page, or undefined for any name that is not one of them (no path is ever built from input). */
export async function swaggerFile(
  name: string,
): Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string } | undefined> {
  if (name === 'swagger-initializer.js') return { body: INITIALIZER, type: 'text/javascript; charset=utf-8' };
  const type = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
  if (!type) return undefined;
  return { body: new Uint8Array(await readFile(join(distFolder(), name))), type };
}
