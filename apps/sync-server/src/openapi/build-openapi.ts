import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@registry/domain';
import type { Endpoint } from './endpoint';
import { type JsonSchema, jsonSchema, queryParameters } from './json-schema';
import { errorSchema } from './response-schemas';

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ERROR_REF } },
});

/** Hono's `/users/:id` as OpenAPI's `/users/{id}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

const ACCESS_WORDS = {
  public: 'Anyone, without signing in.',
  'signed-in': 'Anyone signed in.',
  surgeon: 'Anyone signed in.',
  coordinator: 'Coordinators and admins.',
  admin: 'Admins only.',
} as const;

function operation(endpoint: Endpoint): JsonSchema {
  const { ok } = endpoint;
  const pathParameters = [...endpoint.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const responses: JsonSchema = {
    [String(ok.status ?? 200)]: {
      description: ok.description,
      ...(ok.json ? { content: { 'application/json': { schema: jsonSchema(ok.json, 'output') } } } : {}),
      ...(ok.content
        ? { content: { [ok.content.type]: ok.content.schema ? { schema: ok.content.schema } : {} } }
        : {}),
      ...(ok.headers
        ? {
            headers: Object.fromEntries(
              Object.entries(ok.headers).map(([name, description]) => [
                name,
                { description, schema: { type: 'string' } },
              ]),
            ),
          }
        : {}),
    },
  };
  if (endpoint.query || endpoint.body)
    responses['400'] = errorResponse('Bad input: the message says what to change.');
  if (endpoint.access !== 'public')
    responses['401'] = errorResponse('Not signed in, or the session has ended.');
  if (endpoint.access === 'coordinator' || endpoint.access === 'admin')
    responses['403'] = errorResponse(`Only for: ${ACCESS_WORDS[endpoint.access]}`);
  for (const [status, description] of Object.entries(endpoint.errors ?? {}))
    responses[status] = errorResponse(description);
  return {
    operationId: `${endpoint.method}${openApiPath(endpoint.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: [endpoint.description, `Who may call it: ${ACCESS_WORDS[endpoint.access]}`]
      .filter(Boolean)
      .join('\n\n'),
    security: endpoint.access === 'public' ? [] : [{ bearerAuth: [] }],
    parameters: [...pathParameters, ...(endpoint.query ? queryParameters(endpoint.query) : [])],
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of `endpoints`, request and response bodies from their zod schemas. */
export function buildOpenApi(endpoints: readonly Endpoint[], serverVersion: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const endpoint of endpoints) {
    const path = openApiPath(endpoint.path);
    paths[path] = { ...paths[path], [endpoint.method]: operation(endpoint) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Surgical registry sync server',
      version: serverVersion,
      description: `The API of the sync server (SYNC.md): sign-in, push and pull of record versions, reference data, administration, exports and operations. Protocol version ${PROTOCOL_VERSION}; clients send it as ${PROTOCOL_HEADER}. Every error is JSON {error, message}; 401 means sign in again, 403 not allowed, 400 bad input.`,
    },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    tags: ['ops', 'auth', 'sync', 'reference', 'admin', 'exports', 'docs'].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/auth/login.' },
      },
      schemas: { Error: jsonSchema(errorSchema, 'output') },
    },
  };
}
