import { hasRole, ROLES, type Role } from '@registry/domain';
import type { Hono } from 'hono';

/** One endpoint of the API, as Hono has it registered (path with its :params). */
export interface ApiRoute {
  method: string;
  path: string;
}

/**
 * Every endpoint under /api, read from the app's own routing table, so a route added tomorrow is fuzzed
 * and put in the access matrix without anyone remembering to list it. Middleware (`use`, method ALL)
 * and wildcards (the /api/* 404 and the web app's catch-all) are not endpoints.
 */
export function apiRoutes(app: Pick<Hono, 'routes'>): ApiRoute[] {
  const seen = new Map<string, ApiRoute>();
  for (const { method, path } of app.routes) {
    if (method === 'ALL' || !path.startsWith('/api/') || path.includes('*')) continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()].sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

export const routeName = (route: ApiRoute) => `${route.method} ${route.path}`;

/** Who may call an endpoint: anyone, or a signed-in user with at least this role. */
export type Access = 'public' | Role;

/**
 * THE expectation table of the access matrix (DOMAIN.md, Roles; SYNC.md, wire protocol), first match
 * wins. A new route that matches none of these makes the matrix test fail until it is classified here.
 */
export const ACCESS_RULES: readonly { pattern: RegExp; access: Access; why: string }[] = [
  { pattern: /^\/api\/auth\/login$/, access: 'public', why: 'signing in' },
  { pattern: /^\/api\/(health|version|status|openapi\.json)$/, access: 'public', why: 'monitors, updates' },
  { pattern: /^\/api\/docs(\/|$)/, access: 'public', why: 'API documentation' },
  { pattern: /^\/api\/admin\//, access: 'admin', why: 'users, hospitals, audit log, devices' },
  { pattern: /^\/api\/(exports\/|stats$)/, access: 'coordinator', why: 'exports and reports' },
  {
    pattern: /^\/api\/(sync\/(push|pull|recent)|hospitals|staff|auth\/(me|logout))$/,
    access: 'surgeon',
    why: 'every signed-in user',
  },
];

/** The access a route needs, or undefined when ACCESS_RULES does not classify it yet. */
export function accessOf(route: ApiRoute): Access | undefined {
  return ACCESS_RULES.find((rule) => rule.pattern.test(route.path))?.access;
}

/** Whether a signed-in user of `role` gets past the route's access check. */
export function roleMayCall(access: Access, role: Role): boolean {
  return access === 'public' || hasRole(role, access);
}

export { ROLES };

/** The route's path with every :param replaced by `value(name)`. */
export function fillParams(path: string, value: (name: string) => string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => value(name));
}

export const hasBody = (method: string) => !['GET', 'HEAD'].includes(method);
