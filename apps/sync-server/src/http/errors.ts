import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logger';

/** Every error response of the API has this shape: a stable code for programs, a sentence for people. */
export interface ApiError {
  error: string;
  message: string;
}

const CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'too_large',
  429: 'too_many_requests',
  503: 'unavailable',
};

export function apiError(c: Context, status: ContentfulStatusCode, message: string, code?: string) {
  return c.json<ApiError>({ error: code ?? CODES[status] ?? 'error', message }, status);
}

/**
 * Whether the client closed the connection while its request was being read: Node destroys the request
 * stream with ECONNRESET, and reading the body throws. A phone losing signal mid-upload, not a bug.
 */
function clientWentAway(error: unknown, c: Context): boolean {
  const incoming = (c.env as { incoming?: { destroyed?: boolean } } | undefined)?.incoming;
  return incoming?.destroyed === true && (error as { code?: unknown } | null)?.code === 'ECONNRESET';
}

/**
 * Anything thrown becomes a JSON error. HTTPExceptions carry messages written for clients; anything
 * else is a bug: logged with its stack, answered with a sentence that reveals nothing of the internals.
 */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException) {
      return apiError(c, error.status, error.message || 'The request could not be handled.');
    }
    // Nobody reads this answer; its status keeps the request log honest (a 400, not a server error).
    if (clientWentAway(error, c)) {
      return apiError(c, 400, 'The connection closed before the whole request arrived.');
    }
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'Unhandled error');
    return apiError(
      c,
      500,
      'Something went wrong on the server. It has been logged; try again, and tell an administrator if it keeps happening.',
      'internal',
    );
  };
}
