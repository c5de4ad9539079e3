import type { Problem } from '@registry/domain';
import type { Context, Env, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { ApiError } from '../http/errors';
import { parseWithProblems, problemsSentence } from './describe-issues';

/** A 400 body: the problems as one message, and each with its field for forms to point at. */
export interface BadRequest extends ApiError {
  details?: { path: string; message: string }[];
}

export function badRequest(c: Context, message: string, problems: readonly Problem[] = []) {
  const details = problems.map(({ field, message }) => ({ path: field, message }));
  return c.json<BadRequest>({ error: 'bad_request', message, ...(details.length ? { details } : {}) }, 400);
}

type Validated<S extends z.ZodType, K extends 'json' | 'query'> = {
  in: { [key in K]: z.input<S> };
  out: { [key in K]: z.output<S> };
};

/**
 * No request of this API nests deeper than a few levels (a push: body, versions, version, data, phones,
 * phone). Far deeper JSON parses, but the recursive code that reads it afterwards (normalising a
 * record, comparing versions) would overflow the stack: a 500 instead of a 400.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether valid JSON `text` nests arrays and objects deeper than `max`; a scan, so no recursion. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > max) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}

/**
 * Validates the JSON body with `schema` (read the result with `c.req.valid('json')`). A missing or
 * malformed body is a 400 with a sentence, never a 500; so is every problem the schema finds.
 */
export function jsonBody<S extends z.ZodType, E extends Env = Env, P extends string = string>(
  schema: S,
  noun: string,
): MiddlewareHandler<E, P, Validated<S, 'json'>> {
  return async (c, next) => {
    const text = await c.req.text();
    if (text.trim() === '') return badRequest(c, `This request needs a JSON body describing ${noun}.`);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return badRequest(c, 'The request body is not valid JSON: send the fields as one JSON object.');
    }
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return badRequest(
        c,
        `The request body nests lists or objects more than ${MAX_JSON_DEPTH} levels deep.`,
      );
    }
    const parsed = parseWithProblems(schema, input, noun);
    if (!parsed.ok) return badRequest(c, problemsSentence(parsed.problems), parsed.problems);
    c.req.addValidatedData('json', parsed.data as object);
    await next();
  };
}

/** Validates the query string with `schema` (read it with `c.req.valid('query')`); a repeated key counts once. */
export function queryParams<S extends z.ZodType, E extends Env = Env, P extends string = string>(
  schema: S,
  noun: string,
): MiddlewareHandler<E, P, Validated<S, 'query'>> {
  return async (c, next) => {
    const parsed = parseWithProblems(schema, c.req.query(), noun);
    if (!parsed.ok) return badRequest(c, problemsSentence(parsed.problems), parsed.problems);
    c.req.addValidatedData('query', parsed.data as object);
    await next();
  };
}
