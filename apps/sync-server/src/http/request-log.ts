import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger';

/**
 * One line per API request: method, path (never the query string, which could carry a secret), status,
 * duration. Health checks from load balancers and static files log at debug only.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const path = c.req.path;
    const quiet = path === '/api/health' || !path.startsWith('/api/');
    const line = {
      method: c.req.method,
      path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    };
    if (quiet) logger.debug(line, 'request');
    else logger.info(line, 'request');
  };
}
