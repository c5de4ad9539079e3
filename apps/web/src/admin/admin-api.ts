import {
  type AuditOutcome,
  adminDevicesResponseSchema,
  adminUserResponseSchema,
  adminUsersResponseSchema,
  auditPageResponseSchema,
  hospitalResponseSchema,
  hospitalsResponseSchema,
  type Role,
} from '@registry/domain';
import type { z } from 'zod';
import { type ApiRequestOptions, apiRequest } from '../sync/api-request';
import { SyncError } from '../sync/sync-error';

// The server's admin API (apps/sync-server/src/admin, audit): online only, admins only. Answers are
// checked against the domain's schemas, which the server's document is made from, so a server that
// changed shape is said in words, not shown broken.

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  hospitalIds: readonly string[];
}

/** A hospital's fields as a form sends them; null clears an optional one. */
export interface HospitalFields {
  name: string;
  address: string | null;
  region: string | null;
  zone: string | null;
}

/** The audit log's filters as the screen holds them: text as typed, '' for "any". */
export interface AuditFilters {
  actor: string;
  /** An action, or a prefix ending in * ("admin.*"). */
  action: string;
  outcome: AuditOutcome | '';
  /** YYYY-MM-DD, the first day shown, in the device's time zone. */
  from: string;
  /** YYYY-MM-DD, the last day shown, in the device's time zone. */
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { actor: '', action: '', outcome: '', from: '', to: '' };

/** The first instant of a local day, as the ISO instant the server compares with. */
export function localDayStart(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

/**
 * The last millisecond of a local day. The server reads a date alone as a UTC day, which in Tanzania
 * would begin at 03:00; an instant means the day the admin sees on their own clock.
 */
export function localDayEnd(date: string): string {
  const next = new Date(`${date}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return new Date(next.getTime() - 1).toISOString();
}

/** The query string of one page of the audit log: only the filters given, trimmed. */
export function auditQuery(filters: AuditFilters, cursor?: string): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string) => {
    if (value.trim()) params.set(key, value.trim());
  };
  put('actor', filters.actor);
  put('action', filters.action);
  put('outcome', filters.outcome);
  if (filters.from) params.set('from', localDayStart(filters.from));
  if (filters.to) params.set('to', localDayEnd(filters.to));
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export interface AdminApiOptions extends ApiRequestOptions {
  /** The server no longer accepts the token (401): the session should stop using it. */
  onUnauthorized?: () => void;
}

/** Every admin call, bound to one token. Each rejects with a SyncError carrying the server's sentence. */
export function adminApi({ onUnauthorized, ...options }: AdminApiOptions) {
  const call = async <S extends z.ZodType>(
    path: string,
    schema: S,
    init: RequestInit = { method: 'GET' },
  ): Promise<z.output<S>> => {
    try {
      return await apiRequest(`/api/admin${path}`, schema, init, options);
    } catch (error) {
      if (error instanceof SyncError && error.status === 401) onUnauthorized?.();
      throw error;
    }
  };
  const send = (method: 'POST' | 'PUT' | 'PATCH', body?: unknown): RequestInit =>
    body === undefined ? { method } : { method, body: JSON.stringify(body) };
  const user = (id: string, action = '') => `/users/${encodeURIComponent(id)}${action}`;
  const hospital = (id: string, action = '') => `/hospitals/${encodeURIComponent(id)}${action}`;

  return {
    listUsers: async () => (await call('/users', adminUsersResponseSchema)).users,
    addUser: async (asked: NewUser) =>
      (await call('/users', adminUserResponseSchema, send('POST', asked))).user,
    setUserActive: async (id: string, active: boolean) =>
      (await call(user(id, active ? '/reactivate' : '/deactivate'), adminUserResponseSchema, send('POST')))
        .user,
    resetPassword: async (id: string, password: string) =>
      (await call(user(id, '/password'), adminUserResponseSchema, send('POST', { password }))).user,
    setRole: async (id: string, role: Role) =>
      (await call(user(id, '/role'), adminUserResponseSchema, send('PUT', { role }))).user,
    setHospitals: async (id: string, hospitalIds: readonly string[]) =>
      (await call(user(id, '/hospitals'), adminUserResponseSchema, send('PUT', { hospitalIds }))).user,

    listHospitals: async () => (await call('/hospitals', hospitalsResponseSchema)).hospitals,
    addHospital: async (fields: HospitalFields) =>
      (await call('/hospitals', hospitalResponseSchema, send('POST', fields))).hospital,
    updateHospital: async (id: string, fields: HospitalFields) =>
      (await call(hospital(id), hospitalResponseSchema, send('PATCH', fields))).hospital,
    setHospitalActive: async (id: string, active: boolean) =>
      (await call(hospital(id, active ? '/reactivate' : '/deactivate'), hospitalResponseSchema, send('POST')))
        .hospital,

    auditPage: (filters: AuditFilters, cursor?: string) =>
      call(`/audit${auditQuery(filters, cursor)}`, auditPageResponseSchema),

    listDevices: async () => (await call('/devices', adminDevicesResponseSchema)).devices,
  };
}
export type AdminApi = ReturnType<typeof adminApi>;
