import { bodyLimit } from 'hono/body-limit';
import { apiError } from '../http/errors';

/** Identity and admin requests are a few fields; anything bigger is a mistake or an attack. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;

/** 413 with a sentence when a request body is larger than `maxBytes`. */
export function jsonBodyLimit(maxBytes = JSON_BODY_LIMIT_BYTES) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      apiError(
        c,
        413,
        `The request body is larger than ${Math.round(maxBytes / 1024)} KB, the most this request accepts.`,
      ),
  });
}
