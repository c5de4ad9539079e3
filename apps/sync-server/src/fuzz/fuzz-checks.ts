import type { Role } from '@registry/domain';
import { JSON_BODY_LIMIT_BYTES } from '../http/body-limit';
import { type Access, accessOf, roleMayCall } from './api-routes';
import type { FuzzRequest } from './fuzz-request';
import { INVALID_AUTH } from './fuzz-world';

/** What is wrong with an answer, in words; empty when it keeps the server's promise. */
export function problemsOf(
  request: FuzzRequest,
  status: number,
  contentType: string,
  text: string,
): string[] {
  const problems = shapeProblems(request.method, status, contentType, text);
  const access = accessOf(request.route);
  if (!request.onRoute || access === undefined) return problems;
  return [...problems, ...authProblems(request, access, status)];
}

/** Never a 5xx; every 4xx JSON {error, message}; JSON that parses (HEAD answers have no body). */
export function shapeProblems(method: string, status: number, contentType: string, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`answered ${status}: ${text.slice(0, 300)}`);
  if (status < 400 && contentType.includes('application/json') && method !== 'HEAD' && !parses(text)) {
    problems.push(`a ${status} whose JSON does not parse: ${text.slice(0, 200)}`);
  }
  if (status >= 400 && method !== 'HEAD') {
    if (!contentType.includes('application/json'))
      problems.push(`a ${status} that is not JSON (${contentType})`);
    const body = parseJson(text);
    if (typeof body?.message !== 'string' || body.message.trim() === '') {
      problems.push(`a ${status} without a message: ${text.slice(0, 200)}`);
    }
    if (typeof body?.error !== 'string' || body.error === '')
      problems.push(`a ${status} without an error code`);
  }
  return problems;
}

function authProblems(request: FuzzRequest, access: Access, status: number): string[] {
  const bodyTooLarge = status === 413 && (request.body?.length ?? 0) > JSON_BODY_LIMIT_BYTES;
  // Admin requests are size-checked before sign-in, so an oversized one is 413 whoever sends it.
  const sizeFirst = bodyTooLarge && request.path.startsWith('/api/admin/');
  if (access === 'public') {
    if (status === 403) return ['403 from a public endpoint'];
    if (status === 401 && request.route.path !== '/api/auth/login') return ['401 from a public endpoint'];
    return [];
  }
  if (INVALID_AUTH.includes(request.auth)) {
    return status === 401 || sizeFirst ? [] : [`${status} instead of 401 for ${request.auth} authorization`];
  }
  const role = request.auth as Role;
  if (status === 401) return [`401 for a live ${role} session`];
  if (!roleMayCall(access, role)) {
    return status === 403 || sizeFirst ? [] : [`${status} instead of 403 for a ${role} (needs ${access})`];
  }
  if (status === 403 && !importRefused(request, role)) return [`403 for a ${role}, who may call this`];
  return [];
}

/** A push with ?import=1 is admin-only (SYNC.md): the one 403 an otherwise allowed user may get. */
function importRefused(request: FuzzRequest, role: Role): boolean {
  if (request.route.path !== '/api/sync/push' || role === 'admin') return false;
  return new URL(`http://x${request.query}`).searchParams.get('import') === '1';
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parseJson(text: string): { message?: unknown; error?: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A short description of a request for failure messages (bodies can be megabytes). */
export function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ''
      : ` body(${request.bodyKind}, ${request.body.length} chars)=${request.body.slice(0, 400)}`;
  return `${request.method} ${request.path}${request.query} auth=${request.auth}${
    request.auth === 'garbage' ? `(${JSON.stringify(request.garbage.slice(0, 80))})` : ''
  } headers=${JSON.stringify(request.headers).slice(0, 400)}${body}`;
}
