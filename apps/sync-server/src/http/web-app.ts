import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Registry: web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>The web app is not built yet</h1>
<p>The server is running, but it found no built web app to serve. From the repository root, run
<code>pnpm --filter @registry/web build</code> (or <code>pnpm build</code>), then reload this page.</p>
<p>If the web app is built elsewhere, point the server at it with <code>WEB_DIST=/path/to/dist</code>.</p>
</body></html>`;

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
// Client-side routes have no file extension; a missing /assets/x.js must stay a 404, not become index.html.
const looksLikeFile = (path: string) => /\.[^/]+$/.test(path);

/**
 * Serves the built web app from `webDist` for every non-/api GET: its files, and index.html for the
 * client-side routes. Checked per request, so building the web app needs no server restart.
 */
export function mountWebApp(app: Hono, webDist: string): void {
  const indexHtml = join(webDist, 'index.html');
  let files: MiddlewareHandler | undefined;
  let fallback: MiddlewareHandler | undefined;

  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    if (!existsSync(indexHtml)) return c.html(NOT_BUILT_PAGE, 503);
    // Vite fingerprints everything in assets/; the rest (index.html, sw.js, manifest) must be revalidated.
    const cacheControl = c.req.path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    files ??= serveStatic({ root: webDist });
    fallback ??= serveStatic({ root: webDist, path: 'index.html' });
    const served = await files(c, async () => {});
    if (served) return withCache(served, cacheControl);
    if (looksLikeFile(c.req.path)) return next();
    const page = await fallback(c, async () => {});
    return page ? withCache(page, 'no-cache') : next();
  });
}

function withCache(response: Response, value: string): Response {
  response.headers.set('Cache-Control', value);
  return response;
}
