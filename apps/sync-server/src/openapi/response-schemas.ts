import {
  adminDevicesResponseSchema,
  adminUserResponseSchema,
  adminUsersResponseSchema,
  auditPageResponseSchema,
  hospitalResponseSchema,
} from '@registry/domain';
import { z } from 'zod';
import type { AdminDeviceView } from '../admin/admin-devices-view';
import type { AdminUserView } from '../admin/admin-users-view';
import type { AuditView } from '../audit/list-audit';
import type { BadRequest } from '../http/validated';
import type { RegistryStats } from '../ops/registry-stats';
import type { ServerStatus } from '../ops/server-status';
import type { VersionInfo } from '../ops/version-route';
import type { HealthReport } from '../routes/health';

// Runtime schemas of the responses the domain has no schema for, for the OpenAPI document only. Each
// is typed against the interface the server returns, so the document cannot drift from the code.

export const errorSchema: z.ZodType<BadRequest> = z.object({
  error: z
    .string()
    .describe('A stable code for programs: bad_request, unauthorized, forbidden, not_found, …'),
  message: z.string().describe('One sentence for the person, saying what to do.'),
  details: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional()
    .describe('For bad input: each field at fault.'),
});

export const versionInfoSchema: z.ZodType<VersionInfo> = z.object({
  version: z.string(),
  protocolVersion: z.number().int(),
  dataSchemaVersion: z.number().int(),
});

const databaseSchema = z.object({
  reachable: z.boolean(),
  migrations: z.enum(['applied', 'pending', 'unknown']),
  latency_ms: z.number().nullable(),
});

export const healthSchema: z.ZodType<HealthReport> = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: databaseSchema,
  reason: z.string().optional(),
});

export const statusSchema: z.ZodType<ServerStatus> = z.object({
  status: z.enum(['ok', 'degraded']),
  database: databaseSchema,
  reason: z.string().optional(),
  serverTime: z.iso.datetime(),
});

const count = z.number().int().min(0);
const stateCounts = z.object({ total: count, live: count, inConflict: count, deleted: count });
const perEntity = <T extends z.ZodType>(schema: T) =>
  z.object({ patient: schema, episode: schema, eventLog: schema });

export const statsSchema: z.ZodType<RegistryStats> = z.object({
  records: stateCounts.extend({ byEntity: perEntity(stateCounts) }),
  byHospital: z.array(
    z.object({
      hospitalId: z.string(),
      hospitalName: z.string().nullable(),
      total: count,
      byEntity: perEntity(count),
    }),
  ),
  versions: z.object({ total: count, lastSeq: count }),
  devices: z.object({
    total: count,
    withPendingWork: count,
    pendingVersions: count,
    oldestPendingAt: z.iso.datetime().nullable(),
  }),
});

// The admin answers are the domain's schemas, which the web app checks them against too. Each is typed
// here against the interface the server returns: a field the server adds or changes does not compile
// until the domain's schema (and so the web app) says it too.
export const adminUserEnvelope: z.ZodType<{ user: AdminUserView }> = adminUserResponseSchema;
export const adminUsersEnvelope: z.ZodType<{ users: AdminUserView[] }> = adminUsersResponseSchema;
export const hospitalEnvelope = hospitalResponseSchema;
export const adminDevicesEnvelope: z.ZodType<{ devices: AdminDeviceView[] }> = adminDevicesResponseSchema;
export const auditPageSchema: z.ZodType<{ entries: AuditView[]; nextCursor: string | null }> =
  auditPageResponseSchema;
