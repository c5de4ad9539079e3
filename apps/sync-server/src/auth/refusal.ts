import { HTTPException } from 'hono/http-exception';

export type RefusalStatus = 400 | 403 | 404 | 409;

/**
 * A request that cannot be done as asked, in one sentence for the person (duplicate name, unknown
 * hospital). An HTTPException, so the app's error handler answers it as `{error, message}` with its
 * status; the CLI prints the message. Thrown by the repositories, so every caller gets the same words.
 */
export class Refusal extends HTTPException {
  override name = 'Refusal';
  constructor(status: RefusalStatus, message: string) {
    super(status, { message });
  }
}

/** MySQL's duplicate-key error, also when drizzle has wrapped it in a DrizzleQueryError. */
export function isDuplicateKey(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ('code' in e && e.code === 'ER_DUP_ENTRY') return true;
  }
  return false;
}
