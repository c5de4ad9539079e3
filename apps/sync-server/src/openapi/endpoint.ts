import type { Role } from '@registry/domain';
import type { z } from 'zod';

/** Who may call an endpoint: anyone, anyone signed in, or a role and those above it. */
export type Access = 'public' | 'signed-in' | Role;

export interface Success {
  status?: 200 | 201 | 204;
  description: string;
  /** A JSON body, described by its runtime schema. */
  json?: z.ZodType;
  /** Any other body: its media type, and a JSON Schema when one says something useful. */
  content?: { type: string; schema?: Record<string, unknown> };
  headers?: Record<string, string>;
}

/** One operation of the API as the OpenAPI document lists it. */
export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path as registered in Hono (`/api/admin/users/:id/role`). */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  query?: z.ZodType;
  body?: z.ZodType;
  ok: Success;
  /** Failures beyond the ones every endpoint of its kind has (400 for bad input, 401, 403). */
  errors?: Partial<Record<400 | 404 | 409 | 413 | 429 | 503, string>>;
}
