import { ROLES, type Role } from '@registry/domain';
import fc from 'fast-check';
import { hashToken } from '../auth/tokens';
import { type ApiRoute, accessOf, fillParams, hasBody, roleMayCall } from './api-routes';
import { bodyArb } from './fuzz-bodies';
import { describeRequest } from './fuzz-checks';
import { queryArb } from './fuzz-queries';
import { type AuthKind, type FuzzWorld, INVALID_AUTH } from './fuzz-world';
import { contentTypes, headerValue, pathParam } from './hostile';

/** One generated request, kept as data so that fast-check can print and shrink it. */
export interface FuzzRequest {
  route: ApiRoute;
  method: string;
  /** The path with its params filled in. */
  path: string;
  /** False when the method or a raw path segment no longer names `route` (then only "no 500" is checked). */
  onRoute: boolean;
  query: string;
  auth: AuthKind;
  /** The Authorization header of `garbage` auth. */
  garbage: string;
  headers: Record<string, string>;
  bodyKind: string;
  body: string | undefined;
}

/**
 * Mostly a live session that may call the route (the code behind the checks is where bugs hide), but
 * every dead kind of token and every refused role too.
 */
function authArb(route: ApiRoute): fc.Arbitrary<AuthKind> {
  const access = accessOf(route);
  const allowed = ROLES.filter((role) => access === undefined || roleMayCall(access, role));
  const refused = ROLES.filter((role) => !allowed.includes(role));
  return fc.oneof(
    { arbitrary: fc.constantFrom(...allowed), weight: 6 },
    ...(refused.length ? [{ arbitrary: fc.constantFrom(...refused), weight: 2 }] : []),
    { arbitrary: fc.constantFrom(...INVALID_AUTH), weight: 2 },
  );
}

const garbageAuthorization: fc.Arbitrary<string> = fc.oneof(
  headerValue,
  headerValue.map((v) => `Bearer ${v}`),
  fc.base64String({ minLength: 4, maxLength: 40 }).map((v) => `Basic ${v}`),
  fc
    .string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      minLength: 43,
      maxLength: 43,
    })
    .map((v) => `Bearer ${v}`),
  fc.constantFrom('Bearer', 'Bearer ', 'Bearer null', 'Bearer undefined', "Bearer ' OR 1=1 --", 'Token abc'),
);

const OTHER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every kind of request a client could send to `route`, good and bad. */
export function fuzzRequest(route: ApiRoute, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const params = pathParam(world.victimIds);
  return fc
    .record({
      method: fc.oneof(
        { arbitrary: fc.constant(route.method), weight: 20 },
        fc.constantFrom(...OTHER_METHODS),
      ),
      param: params,
      query: queryArb(route, world),
      auth: authArb(route),
      garbage: garbageAuthorization,
      contentType: contentTypes,
      device: fc.record(
        {
          'X-Device-Id': headerValue,
          'X-App-Version': headerValue,
          'X-Pending-Versions': headerValue,
          'X-Oldest-Pending-At': headerValue,
        },
        { requiredKeys: [] },
      ),
      body: bodyArb(route, world),
    })
    .map(({ method, param, query, auth, garbage, contentType, device, body }): FuzzRequest => {
      const path = fillParams(route.path, () => param);
      const rawSegment = param === '..' || param === '.';
      const headers: Record<string, string> = { ...device };
      if (contentType !== undefined) headers['Content-Type'] = contentType;
      const sendsBody = hasBody(method) && body.body !== undefined;
      const request: FuzzRequest = {
        route,
        method,
        path,
        onRoute: method === route.method && !(rawSegment && path !== route.path),
        query,
        auth,
        garbage,
        headers,
        ...(sendsBody ? body : { bodyKind: 'none', body: undefined }),
      };
      // fast-check prints a counterexample with this: bodies can be half a megabyte.
      Object.defineProperty(request, fc.toStringMethod, { value: () => describeRequest(request) });
      return request;
    });
}

/** A request ready to send: its URL and init, and who it signs in as when its token is live. */
export interface PreparedRequest {
  url: string;
  init: RequestInit;
  /** The sha256 of a live session's token (the one session whose last-seen time it may move). */
  tokenHash?: string;
  actorId?: string;
  /** Whether preparing it wrote to the database (a fresh session for a logout). */
  madeSession: boolean;
}

/** The request as the app gets it; the token of a role is a fresh session when the route ends sessions. */
export async function prepare(world: FuzzWorld, request: FuzzRequest): Promise<PreparedRequest> {
  const headers = new Headers(request.headers);
  const token = await tokenFor(world, request);
  if (token !== undefined) headers.set('Authorization', token);
  const live = (ROLES as readonly string[]).includes(request.auth) && token !== undefined;
  return {
    madeSession: live && endsSession(request),
    url: `${request.path}${request.query}`,
    init: {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    ...(live
      ? {
          tokenHash: hashToken(token.replace(/^Bearer /, '')),
          actorId: world.users[request.auth as Role].user.id,
        }
      : {}),
  };
}

async function tokenFor(world: FuzzWorld, request: FuzzRequest): Promise<string | undefined> {
  switch (request.auth) {
    case 'none':
      return undefined;
    case 'garbage':
      return request.garbage;
    case 'expired':
    case 'deactivated':
    case 'loggedOut':
      return `Bearer ${world.deadTokens[request.auth]}`;
    default: {
      const fresh = endsSession(request);
      return `Bearer ${fresh ? await world.freshToken(request.auth) : world.users[request.auth].token}`;
    }
  }
}

const endsSession = (request: FuzzRequest) => request.path === '/api/auth/logout';
